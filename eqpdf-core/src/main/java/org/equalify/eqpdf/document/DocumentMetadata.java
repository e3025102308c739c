package org.equalify.eqpdf.document;

/**
 * What a document says about itself.
 *
 * @param title     the document title (from PDF metadata or the first top heading); never the file name
 * @param language  BCP 47 tag of the main language, e.g. {@code en}, {@code fr}, {@code ko}
 * @param pageCount number of pages of the source PDF
 * @param author    the PDF's author metadata, or null
 * @param ocr       true when some of the text was produced by OCR
 */
public record DocumentMetadata(String title, String language, int pageCount, String author, boolean ocr) {
    public DocumentMetadata withTitle(String t) { return new DocumentMetadata(t, language, pageCount, author, ocr); }
    public DocumentMetadata withLanguage(String l) { return new DocumentMetadata(title, l, pageCount, author, ocr); }
    public DocumentMetadata withOcr(boolean o) { return new DocumentMetadata(title, language, pageCount, author, o); }
}
