package org.equalify.eqpdf.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;

/**
 * Final tidying: drops empty blocks, collapses runs of spaces, and gives every heading a unique, readable
 * anchor id. Never reorders blocks or changes words.
 */
public final class Cleanup implements Stage {
    @Override public String name() { return "cleanup"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        ids.add("main");
        ids.add("contents");
        ids.add("pages");
        ids.add("notes-heading");
        ids.add("contents-label");
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p) {
                List<Inline> c = tidy(p.content());
                if (Inline.plainText(c).isBlank() && c.stream().noneMatch(i -> i instanceof Inline.PageMarker)) {
                    ctx.record(p.provenance().page(), "remove", "empty paragraph", "no text");
                    continue;
                }
                out.add(new Block.Paragraph(c, p.language(), p.provenance()));
            } else if (b instanceof Block.Heading h) {
                List<Inline> c = tidy(h.content());
                if (Inline.plainText(c).isBlank()) {
                    ctx.record(h.provenance().page(), "remove", "empty heading", "no text");
                    continue;
                }
                String id = h.id() != null ? h.id() : slug(Inline.plainText(c));
                String unique = id;
                for (int n = 2; !ids.add(unique); n++) unique = id + "-" + n;
                out.add(new Block.Heading(h.level(), c, unique, h.provenance()));
            } else {
                out.add(b);
            }
        }
        return doc.withBlocks(out);
    }

    private static List<Inline> tidy(List<Inline> content) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : content) {
            if (i instanceof Inline.Text t) out.add(new Inline.Text(t.text().replaceAll("[ \\t\\u00A0]{2,}", " ")));
            else out.add(i);
        }
        return out;
    }

    /** "1.2 Course Goals" → "s-1-2-course-goals"; ids never start with a digit. */
    static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase()
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 48) s = s.substring(0, 48).replaceAll("-+$", "");
        if (s.isEmpty()) s = "section";
        return Character.isLetter(s.charAt(0)) ? s : "s-" + s;
    }
}
