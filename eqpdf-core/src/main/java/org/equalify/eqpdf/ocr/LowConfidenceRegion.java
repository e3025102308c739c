package org.equalify.eqpdf.ocr;

import org.equalify.eqpdf.document.BoundingBox;

/**
 * A run of neighbouring OCR words on one line whose confidence is below
 * {@link OcrEngine#LOW_CONFIDENCE}: a place a reviewer should look at. Holds no document text.
 *
 * @param box           the union of the words' boxes, in the same frame as {@link OcrPage#words()}
 * @param confidence    the mean confidence of those words, 0..1
 * @param wordCount     how many words the region holds
 */
public record LowConfidenceRegion(BoundingBox box, double confidence, int wordCount) {
}
