package org.equalify.eqpdf.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.equalify.eqpdf.ConversionResult;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.equalify.eqpdf.testing.CheckedConversions;
import org.junit.jupiter.api.io.TempDir;

/**
 * Display formulas on untagged pages, on generated PDFs: superscripts, fractions, sums with limits and
 * equation numbers become structured MathML; prose with an "=" and code lines stay what they are.
 */
class FormulaDetectionTest {
    @TempDir static Path dir;
    @RegisterExtension static final CheckedConversions conversions = new CheckedConversions();
    static ConversionResult result;

    private static final String PROSE = "The energy of a body at rest follows from its mass alone, and the relation below "
            + "is the best known result of special relativity; we use it throughout the rest of these notes.";

    @BeforeAll
    static void convert() throws Exception {
        Path pdf = dir.resolve("formulas.pdf");
        try (PdfBuilder b = new PdfBuilder()) {
            PDFont f = b.unicodeFont();
            b.title("Formulas").newPage();
            float y = b.paragraph(PROSE, f, 11, 72, 90, 468, 14);
            // E = mc² centred, the 2 raised and smaller
            float x = b.textRun("E = mc", f, 11, 280, y + 14, 0);
            b.textRun("2", f, 7.5f, x + 0.5f, y + 14, 4.5f);
            y = b.paragraph(PROSE, f, 11, 72, y + 42, 468, 14);
            // x = (a + b) / 2 with a fraction bar, numbered (1) at the right margin
            float base = y + 24;
            b.text("x =", f, 11, 240, base);
            b.text("a + b", f, 11, 262, base - 8);
            b.rule(259, base - 3.5f, 292, base - 3.5f);
            b.text("2", f, 11, 273, base + 9);
            b.text("(1)", f, 11, 520, base);
            y = b.paragraph(PROSE, f, 11, 72, base + 36, 468, 14);
            // S = ∑ i with limits i = 1 under and n over the sum sign
            float s = y + 34;
            x = b.textRun("S =", f, 11, 240, s, 0);
            b.text("\u2211", f, 20, x + 3, s);
            float sumW = PdfBuilder.width("\u2211", f, 20);
            b.text("n", f, 7, x + 3 + sumW / 2 - 2, s - 18);
            b.text("i = 1", f, 7, x + 3 + sumW / 2 - 7, s + 9);
            b.text("i", f, 11, x + 5 + sumW, s);
            y = b.paragraph("In this proof we set a = b for the rest of the argument, which simplifies every later "
                    + "step of the computation considerably and keeps the notation short.", f, 11, 72, s + 40, 468, 14);
            b.text("x = y + 1", PdfBuilder.MONO, 10, 100, y + 14);
            // page 2: a square root with its overbar, then a row of numbered exercises that must stay text
            b.newPage();
            y = b.paragraph(PROSE, f, 11, 72, 90, 468, 14);
            float r = y + 20;
            x = b.textRun("r =", f, 11, 250, r, 0);
            float root = b.textRun("\u221A", f, 11, x + 3, r, 0);
            b.rule(root, r - 9, root + 30, r - 9);
            b.textRun("x + y", f, 11, root + 2, r, 0);
            y = b.paragraph(PROSE, f, 11, 72, r + 28, 468, 14);
            // lim over x→0 of sin x / x = 1, as TeX sets it: "sin" and "x" a thin space apart
            float l = y + 30;
            float limX = b.textRun("lim", f, 11, 230, l, 0);
            b.text("x\u21920", f, 7, 231, l + 9);
            float fx = limX + 4;
            float sinEnd = b.textRun("sin", f, 11, fx, l - 8, 0);
            b.textRun("x", f, 11, sinEnd + 1.5f, l - 8, 0);
            b.rule(fx, l - 3.5f, sinEnd + 8, l - 3.5f);
            b.text("x", f, 11, fx + 6, l + 9);
            b.text("= 1", f, 11, sinEnd + 14, l);
            y = b.paragraph(PROSE, f, 11, 72, l + 34, 468, 14);
            b.text("(1)  x = 1", f, 11, 180, y + 14);
            b.text("(2)  y = 2", f, 11, 330, y + 14);
            b.paragraph(PROSE, f, 11, 72, y + 42, 468, 14);
            b.save(pdf);
        }
        result = conversions.convert(pdf);
    }

    private static List<Block.Formula> formulas() {
        List<Block.Formula> out = new ArrayList<>();
        for (Block b : result.document().blocks()) if (b instanceof Block.Formula f) out.add(f);
        return out;
    }

    private static Block.Formula formula(String contains) {
        for (Block.Formula f : formulas()) if (f.linearText().contains(contains)) return f;
        throw new AssertionError("no formula with " + contains + " in " + formulas());
    }

    @Test
    void fiveDisplayFormulasAreFound() {
        assertEquals(5, formulas().size(), formulas().toString());
    }

    @Test
    void limitUnderLimAndAFunctionGluedToItsArgument() {
        Block.Formula f = formula("lim");
        assertTrue(f.mathml().contains("<munder><mo>lim</mo><mrow><mi>x</mi><mo>\u2192</mo><mn>0</mn></mrow></munder>"), f.mathml());
        assertTrue(f.mathml().contains("<mfrac><mrow><mi>sin</mi><mo>\u2061</mo><mi>x</mi></mrow><mrow><mi>x</mi></mrow></mfrac>"), f.mathml());
    }

    @Test
    void raisedSmallerDigitIsASuperscript() {
        Block.Formula f = formula("E");
        assertEquals("E = mc^2", f.linearText());
        assertTrue(f.mathml().contains("<msup><mi>c</mi><mrow><mn>2</mn></mrow></msup>"), f.mathml());
        assertTrue(f.mathml().contains("<mo>=</mo>"), f.mathml());
        assertNull(f.label());
    }

    @Test
    void ruleBetweenNumeratorAndDenominatorIsAFraction() {
        Block.Formula f = formula("x =");
        assertTrue(f.mathml().contains("<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mrow><mn>2</mn></mrow></mfrac>"), f.mathml());
        assertEquals("x = (a + b)/2", f.linearText());
        assertEquals("(1)", f.label(), "the equation number is the label, not part of the math");
        assertTrue(!f.mathml().contains("(1)"));
    }

    @Test
    void limitsStackedOnTheSumAreUnderAndOver() {
        Block.Formula f = formula("S =");
        assertTrue(f.mathml().contains("<munderover><mo largeop=\"true\">\u2211</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow>"
                + "<mrow><mi>n</mi></mrow></munderover>"), f.mathml());
    }

    @Test
    void proseWithAnEqualsSignStaysAParagraph() {
        boolean found = false;
        for (Block b : result.document().blocks()) {
            if (b instanceof Block.Paragraph p && Inline.plainText(p.content()).contains("we set a = b for the rest")) found = true;
        }
        assertTrue(found, "the paragraph with a = b is intact");
        long paragraphs = result.document().blocks().stream().filter(b -> b instanceof Block.Paragraph).count();
        assertEquals(8, paragraphs, result.document().blocks().toString());
    }

    @Test
    void radicalWithOverbarIsASquareRoot() {
        Block.Formula f = formula("r =");
        assertTrue(f.mathml().contains("<msqrt><mrow><mi>x</mi><mo>+</mo><mi>y</mi></mrow></msqrt>"), f.mathml());
        assertEquals("r = √(x + y)", f.linearText());
    }

    @Test
    void numberedExercisesStayText() {
        String text = result.markdown();
        assertTrue(text.contains("x = 1") && text.contains("y = 2"), text);
        assertTrue(formulas().stream().noneMatch(f -> f.linearText().startsWith("x = 1") || f.linearText().contains("y = 2")));
    }

    @Test
    void codeLineStaysCode() {
        assertTrue(result.document().blocks().stream().anyMatch(b -> b instanceof Block.CodeBlock c && c.code().contains("x = y + 1")));
    }

    @Test
    void htmlCarriesBlockMathWithAlttextAndMarkdownUsesDisplayMath() {
        assertTrue(result.html().contains("<math display=\"block\" tabindex=\"0\" alttext=\"E = mc^2\"><mrow>"), result.html());
        assertTrue(result.html().contains("<span class=\"equation-number\">(1)</span>"));
        assertTrue(result.markdown().contains("$$\nx = (a + b)/2\n$$\n(1)\n"), result.markdown());
    }

    @Test
    void structuredFormulasAreNotFlaggedLinear() {
        String problems = result.report().pages().toString();
        assertTrue(!problems.contains("formula-linear"), problems);
    }
}
