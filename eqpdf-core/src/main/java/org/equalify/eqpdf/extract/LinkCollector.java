package org.equalify.eqpdf.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.PageLink;

/** Reads a page's link annotations: external URIs and internal jumps to a page. */
final class LinkCollector {
    private LinkCollector() { }

    static List<PageLink> collect(PDDocument doc, PDPage page) {
        List<PageLink> out = new ArrayList<>();
        List<PDAnnotation> annotations;
        try {
            annotations = page.getAnnotations();
        } catch (IOException | RuntimeException e) {
            return out;
        }
        PDRectangle crop = page.getCropBox();
        for (PDAnnotation a : annotations) {
            if (!(a instanceof PDAnnotationLink link)) continue;
            try {
                PDRectangle r = link.getRectangle();
                if (r == null) continue;
                BoundingBox box = new BoundingBox(r.getLowerLeftX() - crop.getLowerLeftX(),
                        crop.getHeight() - (r.getUpperRightY() - crop.getLowerLeftY()), r.getWidth(), r.getHeight());
                String target = target(doc, link);
                if (target != null) out.add(new PageLink(box, target));
            } catch (IOException | RuntimeException ignored) {
                // a broken annotation loses its link, never the page
            }
        }
        return out;
    }

    private static String target(PDDocument doc, PDAnnotationLink link) throws IOException {
        PDAction action = link.getAction();
        if (action instanceof PDActionURI uri) return uri.getURI();
        PDDestination dest = link.getDestination();
        if (dest == null && action instanceof PDActionGoTo goTo) dest = goTo.getDestination();
        if (dest instanceof PDNamedDestination named && doc.getDocumentCatalog() != null) {
            dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
        }
        if (dest instanceof PDPageDestination pd) {
            int index = pd.retrievePageNumber();
            if (index >= 0) return "#page-" + (index + 1);
        }
        return null;
    }
}
