package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;

/**
 * Binds a "Table N …" line printed just above a found table (or, failing that, just below it) as the
 * table's caption (contract rule 16), ahead of any title the table's first row gave it. Only moves text from
 * a paragraph or heading into the caption.
 */
public final class TableCaptions {
    /** "Table 2: …", "Tab. 3 …", "TABLE IV. …", "Table A1 …" and the same in a few languages. */
    public static final Pattern CAPTION = Pattern.compile(
            "(?i)^(table|tab\\.|tbl\\.?|tabelle|tableau|tabla|tabela|tabella)\\s*[A-Z]?[\\dIVX]+(\\.\\d+)?[a-z]?([.:\\s–—-]|$).*");

    private TableCaptions() { }

    static List<Block> bind(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Block.Table t)) continue;
            if (i > 0 && captionFor(out.get(i - 1), t, true) != null) {
                out.set(i, withCaption(t, captionFor(out.get(i - 1), t, true)));
                out.remove(i - 1);
                i--;
            } else if (i + 1 < out.size() && captionFor(out.get(i + 1), t, false) != null) {
                out.set(i, withCaption(t, captionFor(out.get(i + 1), t, false)));
                out.remove(i + 1);
            }
        }
        return out;
    }

    /** The "Table N" line, followed by the title the table's first row gave it, if any. */
    private static Block.Table withCaption(Block.Table t, List<Inline> caption) {
        List<Inline> joined = new ArrayList<>(caption);
        if (!t.caption().isEmpty()) {
            joined.add(new Inline.Text(" – "));
            joined.addAll(t.caption());
        }
        return new Block.Table(joined, t.rows(), t.headerRows(), t.provenance());
    }

    /** The caption text when {@code b} is a caption line close above (or below) the table, else null. */
    private static List<Inline> captionFor(Block b, Block.Table t, boolean above) {
        List<Inline> content;
        String text;
        if (b instanceof Block.Paragraph p) {
            content = p.content();
            text = p.text();
        } else if (b instanceof Block.Heading h) {
            content = h.content();
            text = h.text();
        } else {
            return null;
        }
        if (text.length() > 400 || !CAPTION.matcher(text.strip()).matches()) return null;
        BoundingBox cb = b.provenance().box(), tb = t.provenance().box();
        if (b.provenance().page() != t.provenance().page()) return null;
        if (cb.right() < tb.x() || cb.x() > tb.right()) return null;
        double distance = above ? tb.y() - cb.bottom() : cb.y() - tb.bottom();
        return distance > -2 && distance < 36 ? content : null;
    }
}
