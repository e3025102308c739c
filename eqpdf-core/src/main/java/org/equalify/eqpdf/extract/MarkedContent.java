package org.equalify.eqpdf.extract;

import java.util.ArrayDeque;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * The marked-content id in force while a content stream is processed: the innermost /MCID, inherited by nested
 * sequences, or {@link #ARTIFACT} inside an /Artifact sequence (furniture the PDF itself declared).
 * One per stream engine; the text and graphics passes both use it.
 */
final class MarkedContent {
    static final int NONE = -1;
    static final int ARTIFACT = -2;

    private final ArrayDeque<Integer> stack = new ArrayDeque<>();

    /** PDFBox's text and graphics engines ignore BDC/BMC/EMC unless told: we need them for MCIDs and artifacts. */
    static void listen(PDFStreamEngine engine) {
        engine.addOperator(new BeginMarkedContentSequenceWithProperties(engine));
        engine.addOperator(new BeginMarkedContentSequence(engine));
        engine.addOperator(new EndMarkedContentSequence(engine));
    }

    void begin(COSName tag, COSDictionary properties) {
        int mcid = current();
        if (tag != null && "Artifact".equals(tag.getName())) mcid = ARTIFACT;
        else if (properties != null && properties.containsKey(COSName.MCID) && mcid != ARTIFACT) {
            mcid = properties.getInt(COSName.MCID, NONE);
        }
        stack.push(mcid);
    }

    void end() {
        if (!stack.isEmpty()) stack.pop();
    }

    int current() { return stack.isEmpty() ? NONE : stack.peek(); }

    void clear() { stack.clear(); }
}
