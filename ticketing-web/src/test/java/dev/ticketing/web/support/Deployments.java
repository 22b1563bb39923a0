package dev.ticketing.web.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archive under test: the very WAR that the build produced, not a hand-picked subset. */
public final class Deployments {
  private Deployments() {}

  public static WebArchive ticketingWar() {
    File war = new File(System.getProperty("ticketing.it.war", "target/ticketing.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the package phase first");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
