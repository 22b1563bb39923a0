package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.html.Span;
import dev.ticketing.catalog.SaleWindow;

/** A small label saying where a concert's sale stands, as organisers read it. */
final class SaleBadge {
  private SaleBadge() {}

  static Span of(SaleWindow.State state) {
    Span badge =
        new Span(
            switch (state) {
              case UNPUBLISHED -> "Not published";
              case NOT_OPEN_YET -> "Published, sale not open yet";
              case OPEN -> "On sale";
              case CLOSED -> "Sale closed";
            });
    badge.addClassNames("badge", "sale-badge");
    badge.setClassName("neutral", state == SaleWindow.State.UNPUBLISHED);
    badge.setClassName("waiting", state == SaleWindow.State.NOT_OPEN_YET);
    badge.setClassName("bad", state == SaleWindow.State.CLOSED);
    return badge;
  }
}
