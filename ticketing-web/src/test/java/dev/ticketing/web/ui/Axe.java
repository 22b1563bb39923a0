package dev.ticketing.web.ui;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/**
 * axe-core (Deque's accessibility engine, from its webjar on the test class path) run in a page:
 * the violations of WCAG 2.1 levels A and AA that axe rates serious or critical.
 */
final class Axe {
  private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
  private static final String POM = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

  /** Each violation with where it is: rule, impact, what it asks for, the elements. */
  private static final String RUN =
      """
      async () => {
        const results = await axe.run(document, {
          runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        });
        // One known finding of Vaadin's own components is left out: a required
        // vaadin-date-time-picker carries aria-required on its role="group" host, on purpose, so
        // that VoiceOver and JAWS announce the group as required (vaadin/web-components#2931).
        const vaadinRequiredGroup = (v, n) => v.id === 'aria-allowed-attr'
          && n.html.startsWith('<vaadin-date-time-picker')
          && (n.failureSummary.match(/aria-[a-z]+/g) || ['none']).every(a => a === 'aria-required');
        // And one of this axe's own (4.6.3, the newest webjar): it reads the cells of
        // vaadin-grid's rows (td role="gridcell" inside tr role="row") as children of the table.
        const gridCellsAsChildren = (v, n) => {
          const related = n.any.concat(n.all, n.none).flatMap(c => c.relatedNodes || []);
          return v.id === 'aria-required-children' && n.html.startsWith('<table id="table"')
            && related.length > 0
            && related.every(r => /^<td [^>]*role="gridcell"/.test(r.html));
        };
        return results.violations
          .map(v => ({...v, nodes: v.nodes.filter(n =>
            !vaadinRequiredGroup(v, n) && !gridCellsAsChildren(v, n))}))
          .filter(v => v.nodes.length > 0)
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
            + v.nodes.map(n => JSON.stringify(n.target) + ' ('
              + n.failureSummary.replace(/\s+/g, ' ').trim()
              + n.any.concat(n.all, n.none).flatMap(c => c.relatedNodes || [])
                  .map(r => ' ' + JSON.stringify(r.target) + ': ' + r.html.slice(0, 80)).join('')
              + ')').join(', '));
      }
      """;

  private static String script;

  private Axe() {}

  /** The page's serious and critical WCAG 2.1 A/AA violations, as it is now. */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
    return (List<String>) page.evaluate(RUN);
  }

  private static synchronized String script() {
    if (script == null) {
      ClassLoader loader = Axe.class.getClassLoader();
      try (InputStream pom = loader.getResourceAsStream(POM)) {
        if (pom == null) {
          throw new IllegalStateException("axe-core's webjar is not on the class path");
        }
        Properties properties = new Properties();
        properties.load(pom);
        try (InputStream js =
            loader.getResourceAsStream(
                WEBJAR + properties.getProperty("version") + "/axe.min.js")) {
          script = new String(js.readAllBytes(), StandardCharsets.UTF_8);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return script;
  }
}
