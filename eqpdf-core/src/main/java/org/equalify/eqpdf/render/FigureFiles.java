package org.equalify.eqpdf.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;

/**
 * Numbers a document's figures in reading order and names their image files, so the HTML, the Markdown and
 * the report agree on {@code fig-3} and {@code NAME_files/fig-3.png}.
 */
public final class FigureFiles {
    private final Map<Block.Figure, Integer> numbers = new IdentityHashMap<>();
    private final String folder;

    public FigureFiles(Document doc, String baseName) {
        this.folder = safe(baseName) + "_files";
        int n = 0;
        for (Block.Figure f : figures(doc.blocks())) numbers.put(f, ++n);
    }

    static List<Block.Figure> figures(List<Block> blocks) {
        List<Block.Figure> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Figure f) out.add(f);
            else if (b instanceof Block.Aside a) out.addAll(figures(a.content()));
            else if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) out.addAll(figures(item.children())); // figures inside list items
            }
        }
        return out;
    }

    public String id(Block.Figure f) { return "fig-" + numbers.get(f); }

    public String path(Block.Figure f) { return folder + "/" + id(f) + "." + f.image().extension(); }

    /** Relative path → bytes for every figure with an image. */
    public Map<String, byte[]> files() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<Map.Entry<Block.Figure, Integer>> entries = new ArrayList<>(numbers.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        for (Map.Entry<Block.Figure, Integer> e : entries) {
            if (e.getKey().image() != null) out.put(path(e.getKey()), e.getKey().image().data());
        }
        return out;
    }

    /** A file-name-safe version of a document name: no path parts, no odd characters. */
    public static String safe(String name) {
        String base = name == null ? "document" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.toLowerCase().endsWith(".pdf")) base = base.substring(0, base.length() - 4);
        base = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "").replaceAll("_+$", "");
        if (base.length() > 100) base = base.substring(0, 100);
        return base.isEmpty() ? "document" : base;
    }
}
