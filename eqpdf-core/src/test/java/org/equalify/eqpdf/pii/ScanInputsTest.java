package org.equalify.eqpdf.pii;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.pii.eval.EvalDocument;
import org.equalify.eqpdf.pii.eval.EvalPdf;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScanInputsTest {
    @Test
    void keepsColumnGapsMetadataAnnotationsAndFields() throws Exception {
        byte[] pdf = EvalPdf.render(EvalDocument.builder("t", false, "x")
                .meta("Title", "Quiz roster").line("Heading line").row("Name", "UIN", "Grade").row("Ann Lee", "654321987", "A")
                .annotation("Nice work").field("StudentName", "Ann Lee").build(), 2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            ScanInput in = ScanInputs.fromDocument(doc, PageTextSource.UNREADABLE);
            List<String> lines = in.pages().get(0).lines();
            assertTrue(lines.stream().anyMatch(l -> l.matches("Name\\s{2,}UIN\\s{2,}Grade")), lines.toString());
            assertTrue(lines.contains("Heading line"), lines.toString());
            assertEquals("Quiz roster", in.metadata().get("Title"));
            assertEquals(List.of("Nice work"), in.annotationTexts());
            assertEquals("Ann Lee", in.formFields().get("StudentName"));
        }
    }

    @Test
    void imageOnlyPagesAreUnreadableUntilOcrIsPluggedIn() throws Exception {
        byte[] pdf = EvalPdf.render(EvalDocument.builder("s", false, "x").scanned().line("Some scanned words on a page").build(), 2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertFalse(ScanInputs.fromDocument(doc, PageTextSource.UNREADABLE).pages().get(0).readable());
            ScanPage ocr = ScanInputs.fromDocument(doc, (d, i) -> new ScanPage(i + 1, List.of("ocr text"), true, "ocr")).pages().get(0);
            assertTrue(ocr.readable());
            assertEquals("ocr", ocr.source());
        }
    }
}
