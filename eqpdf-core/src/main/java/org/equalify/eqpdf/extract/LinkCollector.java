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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitHeightDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitRectangleDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.PageLink;

/** Reads a page's link annotations: external URIs and internal jumps to a page ("#page-N", "#page-N@Y"). */
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
            if (index < 0) return null;
            // where on the page the jump lands, top down, when the destination says: pipeline.InternalLinks
            // turns "#page-N@Y" into the heading found there, else into the page marker
            int top = top(pd);
            if (top >= 0 && index < doc.getNumberOfPages()) {
                PDRectangle crop = doc.getPage(index).getCropBox();
                double y = crop.getHeight() - (top - crop.getLowerLeftY());
                if (y >= 0 && y <= crop.getHeight()) return "#page-" + (index + 1) + "@" + Math.round(y);
            }
            return "#page-" + (index + 1);
        }
        return null;
    }

    /** The destination's top in PDF coordinates, or -1 when it names none (Fit, FitV, or a null top). */
    private static int top(PDPageDestination pd) {
        if (pd instanceof PDPageXYZDestination xyz) return xyz.getTop();
        if (pd instanceof PDPageFitHeightDestination) return -1;
        if (pd instanceof PDPageFitWidthDestination fh) return fh.getTop();
        if (pd instanceof PDPageFitRectangleDestination r) return r.getTop();
        return -1;
    }
}
