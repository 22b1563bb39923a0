package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a slow call (holding tickets, paying, cancelling) off the request thread, so that the screen
 * shows its progress meanwhile, and hands the outcome back to the screen inside {@code ui.access}
 * (pushed to the browser).
 */
final class InBackground {
  private InBackground() {}

  /**
   * Calls {@code call} on {@code executor}, then {@code onAnswer} or {@code onFailure} in the UI.
   * If the executor is too busy to take the call, {@code onFailure} gets the {@link
   * RejectedExecutionException} at once. If the visitor left the screen meanwhile, nobody is told:
   * whatever the call must do even then (remember a booking) belongs in {@code call}.
   */
  static <T> void run(
      Executor executor,
      UI ui,
      Supplier<T> call,
      Consumer<T> onAnswer,
      Consumer<RuntimeException> onFailure) {
    try {
      executor.execute(
          () -> {
            Command answer;
            try {
              T value = call.get();
              answer = () -> onAnswer.accept(value);
            } catch (RuntimeException e) {
              answer = () -> onFailure.accept(e);
            }
            try {
              ui.access(answer);
            } catch (UIDetachedException leftTheScreen) {
              // The visitor navigated away or closed the tab meanwhile: nobody to tell.
            }
          });
    } catch (RejectedExecutionException overloaded) {
      onFailure.accept(overloaded);
    }
  }
}
