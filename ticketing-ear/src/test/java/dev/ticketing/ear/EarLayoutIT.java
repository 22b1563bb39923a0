package dev.ticketing.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR as built: the EJB module and the web module at the root, the EJB module's libraries once
 * in {@code lib/}, and no module or library twice (in particular no EJB jar in the WAR).
 */
class EarLayoutIT {
  private static final List<String> ROOT = new ArrayList<>();
  private static final List<String> LIB = new ArrayList<>();
  private static final List<String> WAR_LIB = new ArrayList<>();
  private static String applicationXml;

  @BeforeAll
  static void readEar() throws IOException {
    Path ear = Paths.get(System.getProperty("ticketing.it.ear", "target/ticketing.ear"));
    try (ZipFile zip = new ZipFile(ear.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String name = entry.getName();
        if (entry.isDirectory() || name.startsWith("META-INF/")) {
          if (name.equals("META-INF/application.xml")) {
            try (InputStream in = zip.getInputStream(entry)) {
              applicationXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
          }
        } else if (name.startsWith("lib/")) {
          LIB.add(name.substring("lib/".length()));
        } else {
          ROOT.add(name);
        }
      }
      try (ZipInputStream war =
          new ZipInputStream(zip.getInputStream(zip.getEntry("ticketing-web.war")))) {
        for (ZipEntry entry; (entry = war.getNextEntry()) != null; ) {
          if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
            WAR_LIB.add(entry.getName().substring("WEB-INF/lib/".length()));
          }
        }
      }
    }
  }

  @Test
  void modulesAtTheRootAndDeclared() {
    assertThat(ROOT).containsExactlyInAnyOrder("ticketing-ejb.jar", "ticketing-web.war");
    assertThat(applicationXml)
        .contains("<ejb>ticketing-ejb.jar</ejb>")
        .contains("<web-uri>ticketing-web.war</web-uri>")
        .contains("<context-root>/</context-root>")
        .contains("<library-directory>lib/</library-directory>");
  }

  @Test
  void theEjbModulesLibrariesOnceInLib() {
    assertThat(LIB)
        .anyMatch(jar -> jar.startsWith("ticketing-db-"))
        .anyMatch(jar -> jar.startsWith("flyway-core-"))
        .anyMatch(jar -> jar.startsWith("flyway-database-postgresql-"))
        .anyMatch(jar -> jar.startsWith("postgresql-"))
        // The web module's settings defaults: a full server reads the configuration from lib/.
        .anyMatch(jar -> jar.matches("ticketing-web-.*-settings\\.jar"));
    assertThat(LIB).doesNotHaveDuplicates().noneMatch(jar -> jar.startsWith("ticketing-ejb"));
  }

  @Test
  void theWarCarriesTheUiButNoModuleOrLibraryOfTheEar() {
    assertThat(WAR_LIB)
        .anyMatch(jar -> jar.startsWith("ticketing-ui-vaadin-"))
        .anyMatch(jar -> jar.startsWith("flow-server-"))
        .noneMatch(jar -> jar.startsWith("ticketing-ejb"))
        .noneMatch(jar -> jar.startsWith("ticketing-db"));
    // By artifact, whatever the version: the same library in two versions is a duplicate too.
    Set<String> both = new HashSet<>(WAR_LIB.stream().map(EarLayoutIT::artifact).toList());
    both.retainAll(new HashSet<>(LIB.stream().map(EarLayoutIT::artifact).toList()));
    assertThat(both).as("libraries both in lib/ and in the WAR's WEB-INF/lib").isEmpty();
  }

  private static String artifact(String jar) {
    return jar.replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", "").replaceFirst("\\.jar$", "");
  }
}
