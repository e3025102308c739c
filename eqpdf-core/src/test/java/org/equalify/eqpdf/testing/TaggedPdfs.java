package org.equalify.eqpdf.testing;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Building blocks for tagged test PDFs: a tag tree, its elements, and text drawn as marked content. */
public final class TaggedPdfs {
    private TaggedPdfs() { }

    /** Marks the document as tagged and gives it an empty tag tree. */
    public static PDStructureTreeRoot tagTree(PDDocument doc) {
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
        return root;
    }

    /** A new element of {@code type} under {@code parent}, naming {@code page} (null: no /Pg). */
    public static PDStructureElement element(String type, PDStructureNode parent, PDPage page) {
        PDStructureElement e = new PDStructureElement(type, parent);
        e.setPage(page);
        parent.appendKid(e);
        return e;
    }

    /** Makes marked-content sequence {@code mcid} the element's only content. */
    public static void mark(PDStructureElement e, int mcid) {
        e.getCOSObject().setInt(COSName.K, mcid);
    }

    /** The property list that gives a marked-content sequence its MCID. */
    public static PDPropertyList props(int mcid) {
        COSDictionary d = new COSDictionary();
        d.setInt(COSName.MCID, mcid);
        return PDPropertyList.create(d);
    }

    /** Draws {@code text} at ({@code x}, {@code y}) (PDF coordinates) as marked-content sequence {@code mcid}. */
    public static void show(PDPageContentStream cs, int mcid, String text, PDFont font, float size, float x, float y) throws Exception {
        cs.beginMarkedContent(COSName.P, props(mcid));
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
        cs.endMarkedContent();
    }
}
