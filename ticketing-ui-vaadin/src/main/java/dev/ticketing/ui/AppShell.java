package dev.ticketing.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;

/**
 * Page-wide settings of the browser UI. {@link Push} lets the server send new ticket counts to
 * every open booking screen the moment they change, instead of each browser polling for them.
 */
@Push
@Viewport("width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {}
