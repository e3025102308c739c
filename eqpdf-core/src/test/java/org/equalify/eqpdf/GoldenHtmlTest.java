package org.equalify.eqpdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.equalify.eqpdf.sample.SampleCourseDocument;
import org.equalify.eqpdf.testing.AxeCheck;
import org.equalify.eqpdf.testing.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected outputs are test data: the HTML and Markdown for generated PDFs live in src/test/resources/golden.
 * Regenerate after an intended change with {@code mvn test -Dtest=GoldenHtmlTest -Deqpdf.updateGolden=true}
 * and review the diff.
 */
class GoldenHtmlTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    @TempDir Path dir;

    @Test
    void outputsMatchTheReviewedGoldenFiles() throws Exception {
        boolean update = Boolean.getBoolean("eqpdf.updateGolden");
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            for (String name : List.of("sample-syllabus", "lecture-notes", "two-columns")) {
                Path pdf = dir.resolve(name + ".pdf");
                switch (name) {
                    case "sample-syllabus" -> SampleCourseDocument.write(pdf);
                    case "lecture-notes" -> TestPdfs.lectureNotes(pdf);
                    default -> TestPdfs.twoColumns(pdf);
                }
                ConversionResult r = c.convert(pdf);
                Path html = GOLDEN.resolve(name + ".html"), md = GOLDEN.resolve(name + ".md");
                if (update) {
                    Files.createDirectories(GOLDEN);
                    Files.writeString(html, r.html());
                    Files.writeString(md, r.markdown());
                }
                assertEquals(Files.readString(md), r.markdown(), name + ".md differs from the golden file");
                assertEquals(Files.readString(html), r.html(), name + ".html differs from the golden file");
            }
        }
        try (var s = Files.list(GOLDEN)) {
            AxeCheck.assertAccessible(s.filter(p -> p.toString().endsWith(".html")).sorted().toList());
        }
    }
}
