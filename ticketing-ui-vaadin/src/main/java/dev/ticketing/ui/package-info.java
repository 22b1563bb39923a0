/** The browser UI: Vaadin Flow views built from standard components. */
package dev.ticketing.ui;
