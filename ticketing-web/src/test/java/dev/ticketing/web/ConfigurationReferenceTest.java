package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every setting has one default, in the module that reads it, and the README's configuration table
 * cannot drift from it: each module's {@code META-INF/microprofile-config.properties} holds the
 * defaults of what that module reads, the code holds none of its own ({@code defaultValue}, {@code
 * getOptionalValue(...).orElse}), and the README has a row with the environment variable and that
 * default.
 */
class ConfigurationReferenceTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The modules that read settings, and the modules each may take a default from. */
  private static final Map<String, Set<String>> SEES =
      Map.of(
          "ticketing-ejb", Set.of("ticketing-ejb"),
          "ticketing-ui-vaadin", Set.of("ticketing-ejb"),
          "ticketing-web", Set.of("ticketing-web", "ticketing-ejb"));

  private static final Pattern READ =
      Pattern.compile(
          "@ConfigProperty\\(\\s*name\\s*=\\s*\"(ticketing\\.[^\"]+)\""
              + "|get(?:Optional)?Value\\(\\s*\"(ticketing\\.[^\"]+)\""
              + "|\\$\\{MPCONFIG=(ticketing\\.[^}]+)\\}");
  private static final Pattern SECOND_DEFAULT =
      Pattern.compile(
          "@ConfigProperty\\([^)]*defaultValue"
              + "|getOptionalValue\\(\\s*\"ticketing\\.[^\"]+\"[^;]*\\.orElse");
  private static final Pattern README_ROW =
      Pattern.compile(
          "^\\| `(ticketing\\.[^`]+)` \\| `([A-Z0-9_]+)` \\| `?([^|`]*)`? \\|", Pattern.MULTILINE);

  @Test
  void everySettingHasOneDefaultInTheModuleThatReadsItAndAReadmeRow() throws IOException {
    Map<String, String> defaults = new TreeMap<>();
    Map<String, String> definedIn = new TreeMap<>();
    for (String module : SEES.keySet()) {
      Path file =
          ROOT.resolve(module + "/src/main/resources/META-INF/microprofile-config.properties");
      if (!Files.exists(file)) {
        continue; // a module that reads no setting of its own
      }
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file)) {
        properties.load(reader);
      }
      for (String name : properties.stringPropertyNames()) {
        assertThat(definedIn)
            .as("%s is defaulted in %s and again in %s", name, definedIn.get(name), module)
            .doesNotContainKey(name);
        definedIn.put(name, module);
        defaults.put(name, properties.getProperty(name));
      }
    }

    Map<String, Set<String>> readIn = new TreeMap<>();
    List<String> secondDefaults = new ArrayList<>();
    for (String module : SEES.keySet()) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module + "/src/main/java"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String source = Files.readString(file);
          Matcher read = READ.matcher(source);
          while (read.find()) {
            String name =
                read.group(1) != null
                    ? read.group(1)
                    : read.group(2) != null ? read.group(2) : read.group(3);
            readIn.computeIfAbsent(name, n -> new TreeSet<>()).add(module);
          }
          Matcher second = SECOND_DEFAULT.matcher(source);
          while (second.find()) {
            secondDefaults.add(ROOT.relativize(file) + ": " + second.group());
          }
        }
      }
    }
    assertThat(readIn).as("settings read in the code").isNotEmpty();
    assertThat(secondDefaults)
        .as("defaults written in code, beside the properties files")
        .isEmpty();

    for (var setting : readIn.entrySet()) {
      String name = setting.getKey();
      assertThat(definedIn).as("%s has a default", name).containsKey(name);
      for (String reader : setting.getValue()) {
        assertThat(SEES.get(reader))
            .as("%s is read in %s but defaulted in %s", name, reader, definedIn.get(name))
            .contains(definedIn.get(name));
      }
      assertThat(setting.getValue())
          .as("%s is defaulted in %s, which does not read it", name, definedIn.get(name))
          .contains(definedIn.get(name));
    }

    Map<String, String[]> readme = new TreeMap<>();
    Matcher row = README_ROW.matcher(Files.readString(ROOT.resolve("README.md")));
    while (row.find()) {
      readme.put(row.group(1), new String[] {row.group(2), row.group(3).trim()});
    }
    Set<String> settings = new TreeSet<>();
    for (String name : defaults.keySet()) {
      if (!name.startsWith("ticketing.")) {
        continue; // MicroProfile's own settings (mp.openapi.*)
      }
      settings.add(name);
      assertThat(readIn).as("%s is read somewhere", name).containsKey(name);
      assertThat(readme).as("README row for %s", name).containsKey(name);
      String[] documented = readme.get(name);
      assertThat(documented[0])
          .as("environment variable of %s", name)
          .isEqualTo(environmentName(name));
      String value = defaults.get(name);
      assertThat(documented[1])
          .as("README default of %s", name)
          .isEqualTo(value.isEmpty() ? "(empty)" : value);
    }
    assertThat(readme.keySet()).as("README rows").isEqualTo(settings);
  }

  @Test
  void aDefaultWrittenInCodeIsCaught() {
    assertThat(
            SECOND_DEFAULT
                .matcher(
                    "@ConfigProperty(name = \"ticketing.booking.max-per-tier\", defaultValue ="
                        + " \"10\")")
                .find())
        .isTrue();
    assertThat(
            SECOND_DEFAULT
                .matcher(
                    "getOptionalValue(\"ticketing.booking.max-per-tier\", Integer.class)\n"
                        + "            .orElse(10);")
                .find())
        .isTrue();
    assertThat(SECOND_DEFAULT.matcher("@ConfigProperty(name = \"ticketing.http.x\")").find())
        .isFalse();
  }

  /** MicroProfile Config's mapping: non-alphanumerics become '_', then upper case. */
  private static String environmentName(String property) {
    return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
