package org.equalify.eqpdf.ocr;

/** Whether a page needs OCR, and why. Only {@link #NONE} means "use the text layer as it is". */
public enum OcrNeed {
    /** The page's visible text layer covers its content (or the page is blank): never OCR it. */
    NONE,
    /** The page has no text layer at all but shows ink (an image-only scan). */
    NO_TEXT,
    /** A scan-like page image holds far more text-like ink than the few visible characters explain. */
    TOO_LITTLE_TEXT,
    /** Most text is drawn invisibly (render mode 3) over a page image: an old OCR layer. */
    INVISIBLE_TEXT,
    /** Most characters cannot be mapped to Unicode (U+FFFD, private use, control characters). */
    GARBAGE_TEXT;

    /** True for every reason except {@link #NONE}. */
    public boolean needsOcr() { return this != NONE; }
}
