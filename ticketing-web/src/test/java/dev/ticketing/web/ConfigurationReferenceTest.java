package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table cannot drift from the code: every setting the code reads has its
 * default in microprofile-config.properties (the one place of defaults), the same default as in any
 * {@code @ConfigProperty(defaultValue)}, and a row in the README with its environment variable and
 * that default.
 */
class ConfigurationReferenceTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path DEFAULTS =
      ROOT.resolve("ticketing-ejb/src/main/resources/META-INF/microprofile-config.properties");
  private static final Pattern READ_IN_CODE =
      Pattern.compile(
          "@ConfigProperty\\(\\s*name\\s*=\\s*\"(ticketing\\.[^\"]+)\"(?:\\s*,\\s*defaultValue\\s*=\\s*\"([^\"]*)\")?"
              + "|getOptionalValue\\(\\s*\"(ticketing\\.[^\"]+)\"");
  private static final Pattern README_ROW =
      Pattern.compile(
          "^\\| `(ticketing\\.[^`]+)` \\| `([A-Z0-9_]+)` \\| `?([^|`]*)`? \\|", Pattern.MULTILINE);

  @Test
  void everySettingHasOneDefaultAndAReadmeRow() throws IOException {
    Properties defaults = new Properties();
    try (Reader reader = Files.newBufferedReader(DEFAULTS)) {
      defaults.load(reader);
    }
    Map<String, String> readInCode = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("/src/main/"))
              .toList()) {
        Matcher m = READ_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          String name = m.group(1) != null ? m.group(1) : m.group(3);
          readInCode.put(name, m.group(2));
        }
      }
    }
    assertThat(readInCode).as("settings read in the code").isNotEmpty();

    Map<String, String[]> readme = new TreeMap<>();
    Matcher row = README_ROW.matcher(Files.readString(ROOT.resolve("README.md")));
    while (row.find()) {
      readme.put(row.group(1), new String[] {row.group(2), row.group(3).trim()});
    }

    for (var setting : readInCode.entrySet()) {
      String name = setting.getKey();
      assertThat(defaults.containsKey(name)).as("%s has a default in %s", name, DEFAULTS).isTrue();
      if (setting.getValue() != null) {
        assertThat(setting.getValue())
            .as("@ConfigProperty default of %s", name)
            .isEqualTo(defaults.getProperty(name));
      }
    }
    for (String name : defaults.stringPropertyNames()) {
      if (!name.startsWith("ticketing.")) {
        continue; // MicroProfile's own settings (mp.openapi.*)
      }
      assertThat(readInCode).as("%s is read somewhere", name).containsKey(name);
      assertThat(readme).as("README row for %s", name).containsKey(name);
      String[] documented = readme.get(name);
      assertThat(documented[0])
          .as("environment variable of %s", name)
          .isEqualTo(environmentName(name));
      String value = defaults.getProperty(name);
      assertThat(documented[1])
          .as("README default of %s", name)
          .isEqualTo(value.isEmpty() ? "(empty)" : value);
    }
    assertThat(readme.keySet())
        .as("README rows")
        .isEqualTo(
            new java.util.TreeSet<>(
                defaults.stringPropertyNames().stream()
                    .filter(n -> n.startsWith("ticketing."))
                    .toList()));
  }

  /** MicroProfile Config's mapping: non-alphanumerics become '_', then upper case. */
  private static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
