package org.equalify.eqpdf.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.document.Image;
import org.equalify.eqpdf.document.BoundingBox;

/**
 * The page areas of vector figures (tag tree Figures drawn as paths and text), collected during the tree walk
 * and rendered afterwards: each render processes the page's whole content stream, about a fifth of a tagged
 * document's extraction time, so several are rendered at once, each thread from its own instance of the file.
 * Results come back in request order, whichever thread made them.
 */
final class RegionRenders {
    /** Below this many areas a second parse of the file costs more than it saves. */
    static final int MIN_PER_THREAD = 3;

    private record Request(int pageIndex, BoundingBox area, double pageHeight) {}

    private final List<Request> requests = new ArrayList<>();

    /** Queues an area of page {@code pageIndex} (0-based); returns its index in {@link #render}'s result. */
    int add(int pageIndex, BoundingBox area, double pageHeight) {
        requests.add(new Request(pageIndex, area, pageHeight));
        return requests.size() - 1;
    }

    boolean isEmpty() { return requests.isEmpty(); }

    /** One image per request (null where rendering failed); {@code reopen} may be null: then all on {@code doc}. */
    Image[] render(PDDocument doc, PdfExtractor.Reopener reopen, int threads) {
        int n = requests.size();
        Image[] out = new Image[n];
        int parts = reopen == null ? 1 : Math.max(1, Math.min(threads, n / MIN_PER_THREAD));
        if (parts == 1) {
            renderRange(doc, 0, n, out);
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(parts - 1, r -> {
            Thread t = new Thread(r, "eqpdf-regions");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> others = new ArrayList<>();
            for (int k = 1; k < parts; k++) {
                int from = (int) ((long) n * k / parts), to = (int) ((long) n * (k + 1) / parts);
                others.add(pool.submit(() -> {
                    try (PDDocument own = reopen.open()) {
                        renderRange(own, from, to, out);
                    }
                    return null;
                }));
            }
            renderRange(doc, 0, (int) ((long) n / parts), out);
            for (int k = 1; k < parts; k++) {
                int from = (int) ((long) n * k / parts), to = (int) ((long) n * (k + 1) / parts);
                try {
                    others.get(k - 1).get();
                } catch (Exception e) {
                    if (e instanceof InterruptedException) Thread.currentThread().interrupt();
                    renderRange(doc, from, to, out); // that thread could not open its copy: render here
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private void renderRange(PDDocument doc, int from, int to, Image[] out) {
        PageRegionRenderer renderer = new PageRegionRenderer(doc);
        for (int i = from; i < to; i++) {
            if (out[i] != null) continue;
            Request r = requests.get(i);
            out[i] = renderer.render(r.pageIndex(), r.area(), r.pageHeight());
        }
    }
}
