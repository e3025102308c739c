package org.equalify.eqpdf.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;

/**
 * Renders a {@link Document} as GitHub-flavoured Markdown: images beside it in {@code NAME_files/}, footnotes
 * as {@code [^n]}, page starts as HTML comments. Pure and thread-safe.
 */
public final class MarkdownRenderer {

    public String render(Document doc, FigureFiles figures) {
        StringBuilder out = new StringBuilder(32 * 1024);
        Map<String, Integer> noteNumbers = new HashMap<>();
        int n = 0;
        for (Note note : doc.notes()) noteNumbers.put(note.id(), ++n);
        // a note's definition goes where the note was printed: after the last block above it in its column
        // (the page's end when none is known), so the Markdown reads in the PDF's order
        Map<Integer, List<Note>> after = new HashMap<>();
        java.util.Deque<Note> pending = new java.util.ArrayDeque<>();
        for (Note note : doc.notes()) {
            int anchor = anchor(doc.blocks(), note);
            if (anchor >= 0) after.computeIfAbsent(anchor, k -> new java.util.ArrayList<>()).add(note);
            else pending.add(note);
        }
        for (int k = 0; k < doc.blocks().size(); k++) {
            Block b = doc.blocks().get(k);
            if (b instanceof Block.PageBreak pb) notesBefore(pb.page(), pending, out, noteNumbers);
            block(b, out, figures, noteNumbers, "");
            for (Note note : after.getOrDefault(k, List.of())) {
                out.append("[^").append(noteNumbers.get(note.id())).append("]: ").append(inlines(note.content(), noteNumbers)).append("\n\n");
            }
        }
        notesBefore(Integer.MAX_VALUE, pending, out, noteNumbers);
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    /** The index of the last block on the note's page lying above it in its column, or -1. */
    private static int anchor(List<Block> blocks, Note note) {
        var nb = note.provenance().box();
        if (note.provenance().page() <= 0 || nb.width() <= 0) return -1;
        int best = -1;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b instanceof Block.PageBreak || b.provenance().page() != note.provenance().page()) continue;
            var bb = b.provenance().box();
            boolean column = bb.x() < nb.right() && nb.x() < bb.right();
            if (column && bb.bottom() <= nb.y() + 2) best = k;
        }
        return best;
    }

    private void notesBefore(int page, java.util.Deque<Note> pending, StringBuilder out, Map<String, Integer> numbers) {
        boolean any = false;
        while (!pending.isEmpty() && pending.peek().provenance().page() < page) {
            Note note = pending.poll();
            out.append("[^").append(numbers.get(note.id())).append("]: ").append(inlines(note.content(), numbers)).append('\n');
            any = true;
        }
        if (any) out.append('\n');
    }

    private void block(Block b, StringBuilder out, FigureFiles figures, Map<String, Integer> notes, String indent) {
        if (b instanceof Block.Heading h) {
            out.append("#".repeat(h.level())).append(' ').append(inlines(h.content(), notes).replace('\n', ' ')).append("\n\n");
        } else if (b instanceof Block.Paragraph p) {
            out.append(indent).append(inlines(p.content(), notes)).append("\n\n");
        } else if (b instanceof Block.ListBlock l) {
            list(l.items(), l.ordered(), l.start(), out, figures, notes, indent);
            out.append('\n');
        } else if (b instanceof Block.DefinitionList dl) {
            for (Block.Definition d : dl.items()) {
                out.append("**").append(inlines(d.term(), notes)).append("**\n");
                for (List<Inline> detail : d.details()) out.append(": ").append(inlines(detail, notes)).append('\n');
                out.append('\n');
            }
        } else if (b instanceof Block.Table t) {
            table(t, out, notes);
        } else if (b instanceof Block.Figure f) {
            if (f.image() == null) return;
            String alt = f.decorative() ? "" : f.alt() != null ? f.alt() : "Figure on page " + f.provenance().page() + ", not yet described";
            out.append("![").append(escape(alt)).append("](").append(figures.path(f)).append(")\n\n");
            if (!f.caption().isEmpty()) out.append('*').append(escape(Inline.plainText(f.caption()).strip())).append("*\n\n");
        } else if (b instanceof Block.CodeBlock c) {
            String fence = c.code().contains("```") ? "~~~~" : "```";
            out.append(fence).append(c.language() == null ? "" : c.language()).append('\n').append(c.code()).append('\n').append(fence).append("\n\n");
        } else if (b instanceof Block.Formula f) {
            out.append("$$\n").append(f.linearText()).append("\n$$\n");
            if (f.label() != null) out.append(f.label()).append('\n');
            out.append('\n');
        } else if (b instanceof Block.PageBreak p) {
            out.append("<!-- page ").append(p.label().replace("--", "")).append(" -->\n\n");
        } else if (b instanceof Block.Contents c) {
            list(c.entries(), false, 1, out, figures, notes, indent);
            out.append('\n');
        } else if (b instanceof Block.Aside a) {
            StringBuilder inner = new StringBuilder();
            for (Block c : a.content()) block(c, inner, figures, notes, "");
            for (String line : inner.toString().strip().split("\n")) out.append("> ").append(line).append('\n');
            out.append('\n');
        }
    }

    private void list(List<Block.ListItem> items, boolean ordered, int start, StringBuilder out, FigureFiles figures,
                      Map<String, Integer> notes, String indent) {
        int n = start;
        for (Block.ListItem item : items) {
            String marker = ordered ? (n++) + ". " : "- ";
            out.append(indent).append(marker).append(inlines(item.content(), notes)).append('\n');
            String childIndent = indent + " ".repeat(marker.length());
            for (Block c : item.children()) {
                if (c instanceof Block.ListBlock l) list(l.items(), l.ordered(), l.start(), out, figures, notes, childIndent);
                else {
                    StringBuilder inner = new StringBuilder();
                    block(c, inner, figures, notes, "");
                    out.append('\n');
                    for (String line : inner.toString().strip().split("\n")) out.append(childIndent).append(line).append('\n');
                }
            }
        }
    }

    private void table(Block.Table t, StringBuilder out, Map<String, Integer> notes) {
        if (t.rows().isEmpty()) return;
        if (!t.caption().isEmpty()) out.append("**").append(inlines(t.caption(), notes)).append("**\n\n");
        int cols = t.columnCount();
        boolean first = true;
        int[] spanDown = new int[cols + 1]; // rows still covered by a cell above, per column
        for (Block.TableRow r : t.rows()) {
            out.append('|');
            int c = 0;
            java.util.Iterator<Block.TableCell> cells = r.cells().iterator();
            while (cells.hasNext() || (c < cols && spanDown[c] > 0)) {
                if (c < cols && spanDown[c] > 0) { // Markdown has no row spans: the covered place stays empty
                    spanDown[c]--;
                    out.append("  |");
                    c++;
                    continue;
                }
                Block.TableCell cell = cells.next();
                out.append(' ').append(inlines(cell.content(), notes).replace("|", "\\|").replace('\n', ' ')).append(" |");
                for (int s = 1; s < cell.colSpan(); s++) out.append("  |");
                for (int s = 0; s < cell.colSpan() && c + s < cols; s++) spanDown[c + s] = cell.rowSpan() - 1;
                c += cell.colSpan();
            }
            for (; c < cols; c++) out.append("  |");
            out.append('\n');
            if (first) {
                out.append('|').append(" --- |".repeat(cols)).append('\n');
                first = false;
            }
        }
        out.append('\n');
    }

    private String inlines(List<Inline> content, Map<String, Integer> notes) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : content) inline(i, sb, notes);
        return sb.toString();
    }

    private void inline(Inline i, StringBuilder sb, Map<String, Integer> notes) {
        if (i instanceof Inline.Text t) sb.append(escape(t.text()));
        else if (i instanceof Inline.Emphasis e) sb.append('*').append(inlines(e.content(), notes).strip()).append('*');
        else if (i instanceof Inline.Strong s) sb.append("**").append(inlines(s.content(), notes).strip()).append("**");
        else if (i instanceof Inline.Sub s) sb.append("<sub>").append(inlines(s.content(), notes)).append("</sub>");
        else if (i instanceof Inline.Sup s) sb.append("<sup>").append(inlines(s.content(), notes)).append("</sup>");
        else if (i instanceof Inline.Code c) sb.append('`').append(c.text().replace("`", "ˋ")).append('`');
        else if (i instanceof Inline.Math m) sb.append('$').append(m.linearText()).append('$');
        else if (i instanceof Inline.LineBreak) sb.append("  \n");
        else if (i instanceof Inline.Lang l) sb.append(inlines(l.content(), notes));
        else if (i instanceof Inline.PageMarker m) sb.append("<!-- page ").append(m.label().replace("--", "")).append(" -->");
        else if (i instanceof Inline.NoteRef n) {
            Integer num = notes.get(n.noteId());
            if (num != null) sb.append("[^").append(num).append(']');
        } else if (i instanceof Inline.Link l) {
            String href = Html.safeHref(l.href());
            String text = inlines(l.content(), notes);
            if (href == null || href.startsWith("#")) sb.append(text);
            else sb.append('[').append(text).append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
        }
    }

    /** Escapes Markdown syntax and raw HTML in text. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> sb.append('\\').append(c);
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
