package org.equalify.eqpdf.extract;

import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.pipeline.StageContext;
import org.equalify.eqpdf.sample.LongDocument;
import org.equalify.eqpdf.sample.SampleCourseDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading pages on several threads, each from its own instance of the file, must change nothing but the time. */
class ParallelPagesTest {
    @TempDir Path dir;

    @Test
    void twoThreadsGiveTheSameConversionAsOne() throws Exception {
        Path longDoc = dir.resolve("reader.pdf");
        LongDocument.write(longDoc, 24);
        Path course = dir.resolve("syllabus.pdf");
        SampleCourseDocument.write(course);
        for (Path pdf : List.of(longDoc, course)) {
            for (ConverterOptions.ImageMode mode : ConverterOptions.ImageMode.values()) {
                ConverterOptions base = ConverterOptions.defaults().withOcr(false).withImageMode(mode);
                ConversionResult one, two;
                try (Converter c = Converter.create(base.withThreads(1))) {
                    one = c.convert(pdf);
                }
                try (Converter c = Converter.create(base.withThreads(2))) {
                    two = c.convert(pdf);
                }
                assertEquals(one.html(), two.html(), pdf + " " + mode);
                assertEquals(one.markdown(), two.markdown());
                assertEquals(one.files().keySet(), two.files().keySet());
                assertEquals(one.ledger(), two.ledger());
                assertEquals(one.report().problems(), two.report().problems());
            }
        }
    }

    @Test
    void aRunWhoseReopenFailsIsReadOnTheCallingThread() throws Exception {
        Path pdf = dir.resolve("reader.pdf");
        LongDocument.write(pdf, 12);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            StageContext seq = new StageContext(), par = new StageContext();
            var expected = new PdfExtractor().readPages(doc, seq);
            var got = new PdfExtractor().readPages(doc, () -> { throw new java.io.IOException("gone"); }, 3, par);
            assertEquals(expected.size(), got.size());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).words(), got.get(i).words(), "page " + (i + 1));
                assertEquals(expected.get(i).figures().size(), got.get(i).figures().size());
            }
            assertTrue(got.get(11).words().size() > 10, "the last page was read");
        }
    }
}
