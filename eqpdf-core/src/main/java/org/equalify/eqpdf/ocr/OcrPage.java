package org.equalify.eqpdf.ocr;

import org.equalify.eqpdf.layout.Word;

import java.util.List;

/**
 * The OCR result of one page. Either {@link #error()} is null and the words are the page's recognised text,
 * or the page failed (timeout, tesseract error, render error) and {@code words} is empty.
 *
 * <p>Word boxes are in PDF points with the origin at the top-left of the page as displayed (crop box, after
 * the page's {@code /Rotate}) and then turned clockwise by {@link #rotationApplied()} degrees so that the text
 * reads upright: for 90 and 270 the frame's width and height are the displayed page's height and width.
 * A skew of 0.3 to 6 degrees is straightened (about the page centre) before OCR and the boxes are in that
 * straightened frame, so they can be off the printed position by up to about 5% of the distance from the centre.
 * Words come in Tesseract's reading order (block, paragraph, line, word). Each word has font "", bold,
 * italic and monospace false, mcid -1, a font size estimated from its line height, and Tesseract's
 * confidence scaled to 0..1.
 *
 * @param pageIndex       0-based page index in the document
 * @param words           recognised words in reading order; empty on error or on a page without text
 * @param meanConfidence  mean word confidence 0..1; 0 when there are no words
 * @param lowConfidence   runs of words below {@link OcrEngine#LOW_CONFIDENCE}
 * @param error           null when the page was recognised; otherwise one human line (no document text)
 * @param rotationApplied 0, 90, 180 or 270: how far the rendered page was turned clockwise before OCR
 */
public record OcrPage(int pageIndex, List<Word> words, double meanConfidence, List<LowConfidenceRegion> lowConfidence,
                      String error, int rotationApplied) {
    public OcrPage {
        words = List.copyOf(words);
        lowConfidence = List.copyOf(lowConfidence);
    }

    static OcrPage failed(int pageIndex, String error) {
        return new OcrPage(pageIndex, List.of(), 0, List.of(), error, 0);
    }

    public boolean ok() { return error == null; }

    /** The words in reading order joined by single spaces (no line or block breaks); for tests, benches and logs. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        return sb.toString();
    }
}
