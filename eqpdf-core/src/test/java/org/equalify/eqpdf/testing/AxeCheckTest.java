package org.equalify.eqpdf.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the axe check works both ways: a good page passes, a bad page fails with the expected
 * rules, a page that is too wide at 320 px is reported. Runs the real checker (Chromium + axe);
 * fails, never skips, when the machine is not set up (see scripts/setup.sh).
 */
class AxeCheckTest {

    private static final String CSP = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n";

    /** A small converted course page that meets the output contract. */
    static final String GOOD = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            %s<meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Week 3: Measuring Rainfall – Lecture Notes</title>
            <style>
              body { font-family: "DejaVu Serif", Georgia, serif; line-height: 1.5; color: #1a1a1a;
                     background: #ffffff; max-width: 46em; margin: 0 auto; padding: 0 1em; }
              a { color: #0645ad; }
              img { max-width: 100%%; height: auto; }
              .skip-link { position: absolute; left: -999px; }
              .skip-link:focus { left: 1em; top: 1em; background: #ffffff; }
              .table-wrap { overflow-x: auto; }
              table { border-collapse: collapse; margin: 1em 0; }
              caption { text-align: left; font-weight: bold; }
              th, td { border: 1px solid #595959; padding: 0.25em 0.6em; text-align: left; }
              pre { background: #f5f5f5; padding: 0.6em; overflow-x: auto; }
              hr.pagebreak { border: 0; border-top: 1px dashed #767676; margin: 1.5em 0; }
            </style>
            </head>
            <body>
            <a class="skip-link" href="#content">Skip to main content</a>
            <main id="content">
              <article>
                <hr class="pagebreak" role="doc-pagebreak" id="page-1" aria-label="1">
                <h1>Week 3: Measuring Rainfall</h1>
                <p>Lecture notes for Hydrology 101, converted from the original PDF
                  <a href="#fn1" id="fnref1" role="doc-noteref" aria-label="Note 1"><sup>1</sup></a>.</p>
                <section>
                  <h2 id="aims">Aims</h2>
                  <ul>
                    <li>compare the cost of rain gauges;</li>
                    <li>measure their error against a reference gauge.</li>
                  </ul>
                  <figure>
                    <img src="data:image/svg+xml,%%3Csvg xmlns='http://www.w3.org/2000/svg' width='240' height='120'%%3E%%3Crect width='240' height='120' fill='%%23ffffff'/%%3E%%3Crect x='20' y='40' width='40' height='70' fill='%%23336699'/%%3E%%3C/svg%%3E"
                         width="240" height="120" alt="Bar chart: sensor A has a mean error of 7 percent.">
                    <figcaption>Figure 1. Mean error of sensor A.</figcaption>
                  </figure>
                </section>
                <hr class="pagebreak" role="doc-pagebreak" id="page-2" aria-label="2">
                <section>
                  <h2 id="results">Results</h2>
                  <div class="table-wrap" role="region" aria-labelledby="t1-caption" tabindex="0">
                    <table>
                      <caption id="t1-caption">Table 1. Cost and error of each sensor</caption>
                      <thead>
                        <tr><th scope="col">Sensor</th><th scope="col">Cost (EUR)</th><th scope="col">Error (%%)</th></tr>
                      </thead>
                      <tbody>
                        <tr><th scope="row">A</th><td>35</td><td>7</td></tr>
                        <tr><th scope="row">B</th><td>20</td><td>9</td></tr>
                      </tbody>
                    </table>
                  </div>
                  <p>The depth in millimetres, in Python:</p>
                  <pre tabindex="0"><code>def depth(tips, volume_ml, area_cm2):
                return tips * volume_ml / area_cm2 * 10</code></pre>
                </section>
                <section id="notes" role="doc-endnotes" aria-labelledby="notes-heading">
                  <h2 id="notes-heading">Notes</h2>
                  <ol>
                    <li id="fn1"><p>Data sheets are in the appendix.
                      <a href="#fnref1" role="doc-backlink" aria-label="Back to note reference 1">↩</a></p></li>
                  </ol>
                </section>
              </article>
            </main>
            </body>
            </html>
            """.formatted(CSP);

    /** No lang, an image without alt, no main landmark. */
    static final String BAD = """
            <!DOCTYPE html>
            <html>
            <head>
            <meta charset="utf-8">
            %s<title>Bad page</title>
            </head>
            <body>
            <h1>Quarterly report</h1>
            <img src="data:image/svg+xml,%%3Csvg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/%%3E" width="10" height="10">
            <p>Some text.</p>
            </body>
            </html>
            """.formatted(CSP);

    /** Accessible, but a fixed-width box makes the page scroll sideways at 320 px. */
    static final String WIDE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            %s<meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Wide page</title>
            <style>.fixed { width: 900px; }</style>
            </head>
            <body>
            <main><h1>Wide page</h1><p class="fixed">This paragraph has a fixed width of 900 pixels.</p></main>
            </body>
            </html>
            """.formatted(CSP);

    @TempDir
    static Path dir;

    static Path good;
    static Path bad;
    static Path wide;
    static Path missing;
    static Map<Path, AxeCheck.Result> results;

    @BeforeAll
    static void checkAllInOneRun() throws IOException {
        good = write("good.html", GOOD);
        bad = write("bad.html", BAD);
        wide = write("wide.html", WIDE);
        missing = dir.resolve("missing.html");
        List<AxeCheck.Result> list = AxeCheck.check(List.of(good, bad, wide, missing));
        assertEquals(4, list.size(), "one result per input: " + list);
        results = AxeCheck.byPath(list);
    }

    private static Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static AxeCheck.Result result(Path p) {
        AxeCheck.Result r = results.get(p.toAbsolutePath().normalize());
        assertNotNull(r, "no result for " + p + " in " + results.keySet());
        return r;
    }

    @Test
    void goodPagePassesAndReflows() {
        AxeCheck.Result r = result(good);
        assertNull(r.error());
        assertEquals(List.of(), r.ids(), () -> AxeCheck.violationReport(List.of(r)));
        assertTrue(r.reflows(), () -> AxeCheck.reflowReport(List.of(r)));
    }

    @Test
    void badPageReportsTheExpectedRules() {
        AxeCheck.Result r = result(bad);
        assertNull(r.error());
        assertTrue(r.ids().containsAll(List.of("html-has-lang", "image-alt", "landmark-one-main")),
                "ids: " + r.ids());
        AxeCheck.Violation imageAlt = r.details().stream().filter(v -> v.id().equals("image-alt"))
                .findFirst().orElseThrow();
        assertEquals("critical", imageAlt.impact());
        assertEquals(List.of("img"), imageAlt.nodes());
        assertEquals(r.ids().size(), r.violations());
    }

    @Test
    void widePageIsReportedAsNotReflowing() {
        AxeCheck.Result r = result(wide);
        assertEquals(List.of(), r.ids(), () -> AxeCheck.violationReport(List.of(r)));
        assertEquals(Boolean.FALSE, r.reflow320());
        assertTrue(r.scrollWidth320() > 320, "scrollWidth " + r.scrollWidth320());
        assertTrue(r.overflow320().stream().anyMatch(s -> s.startsWith("p.fixed")), "overflow: " + r.overflow320());
        AssertionError e = assertThrows(AssertionError.class, () -> AxeCheck.requireReflow(List.of(r)));
        assertTrue(e.getMessage().contains("wide.html") && e.getMessage().contains("p.fixed"), e.getMessage());
    }

    @Test
    void missingFileIsAnErrorNotAPass() {
        AxeCheck.Result r = result(missing);
        assertNotNull(r.error());
        assertFalse(r.hasNoViolations());
        assertThrows(AssertionError.class, () -> AxeCheck.requireNoViolations(List.of(r)));
    }

    @Test
    void assertNoViolationsPassesTheGoodPageAndFailsTheBadOneReadably() {
        AxeCheck.requireNoViolations(List.of(result(good)));
        AssertionError e = assertThrows(AssertionError.class, () -> AxeCheck.assertNoViolations(List.of(good, bad)));
        String m = e.getMessage();
        assertTrue(m.contains("1 of 2"), m);
        assertTrue(m.contains(bad.toAbsolutePath().normalize().toString()), m);
        assertFalse(m.contains(good.toAbsolutePath().normalize().toString()), m);
        assertTrue(m.contains("image-alt") && m.contains("html-has-lang"), m);
        assertTrue(m.lines().anyMatch(l -> l.strip().equals("img")), m);
    }

    @Test
    void directoryArgumentChecksEveryHtmlFileBelowIt() {
        // The directory holds good, bad and wide: assertAccessible must fail on bad and wide.
        AssertionError e = assertThrows(AssertionError.class, () -> AxeCheck.assertAccessible(List.of(dir)));
        String m = e.getMessage();
        assertTrue(m.contains("bad.html") && m.contains("wide.html"), m);
        assertFalse(m.contains("good.html"), m);
    }

    @Test
    void parsesTheCheckersJsonLines() {
        AxeCheck.Result r = AxeCheck.parse("{\"file\":\"/x/a.html\",\"violations\":1,\"ids\":[\"image-alt\"],"
                + "\"details\":[{\"id\":\"image-alt\",\"impact\":\"critical\",\"help\":\"h\",\"count\":2,"
                + "\"nodes\":[\"img\",\"iframe | img\"]}],\"reflow320\":true,\"scrollWidth320\":320}");
        assertEquals("/x/a.html", r.file());
        assertEquals(List.of("image-alt"), r.ids());
        assertEquals(2, r.details().get(0).count());
        assertEquals(List.of("img", "iframe | img"), r.details().get(0).nodes());
        assertTrue(r.reflows());
        AxeCheck.Result e = AxeCheck.parse("{\"file\":\"b.html\",\"error\":\"no such file\"}");
        assertEquals("no such file", e.error());
        assertNull(e.reflow320());
    }

    @Test
    void findsTheRepositoryRoot() {
        assertTrue(Files.isRegularFile(AxeCheck.repoRoot().resolve(AxeCheck.CHECKER)));
    }
}
