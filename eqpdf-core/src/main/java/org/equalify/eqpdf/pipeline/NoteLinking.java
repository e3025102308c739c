package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;

/**
 * Links note markers to their notes. Footnotes (found at the foot of untagged pages during layout) are
 * linked from the raised marker with the same label on the same page. An endnote section (a "Notes" or
 * "Endnotes" heading followed by numbered entries) becomes notes when most of its numbers are raised
 * markers in the text before it. A raised number that reads as an exponent (after a single letter, a digit
 * or a bracket, or before an operator) is left a superscript. Only replaces superscripts by references and
 * moves endnote entries into the document's notes; never changes other text.
 */
public final class NoteLinking implements Stage {
    private static final Pattern NOTES_TITLE = Pattern.compile("(?i)(\\d+(\\.\\d+)*\\.?\\s+)?(end\\s?notes|foot\\s?notes|notes)");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})[.)]?\\s+");

    @Override public String name() { return "note-linking"; }

    /** A raised marker in the text. */
    private record Ref(Inline.Sup sup, int page, String label, boolean exponent, int order) {}

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> blocks = new ArrayList<>(doc.blocks());
        List<Note> notes = new ArrayList<>(doc.notes());
        Map<Inline.Sup, String> links = new IdentityHashMap<>();
        List<Ref> refs = refs(blocks, blocks.size());
        // footnotes: the marker with the note's label on the note's page
        for (Note n : doc.notes()) {
            boolean linked = false;
            for (Ref r : refs) {
                if (r.page() == n.provenance().page() && r.label().equals(n.label()) && !r.exponent() && !links.containsKey(r.sup())) {
                    links.put(r.sup(), n.id());
                    linked = true;
                }
            }
            ctx.record(n.provenance().page(), "note", "footnote " + n.label() + (linked ? " linked" : " without a marker"),
                    linked ? "small text at the page foot whose marker is raised in the body" : "small text at the page foot below a rule");
        }
        endnotes(blocks, notes, links, ctx);
        if (links.isEmpty() && notes.size() == doc.notes().size()) return doc;
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) out.add(InlineWalk.map(b, (run, page) -> replace(run, links)));
        return doc.withBlocks(out).withNotes(notes);
    }

    /** Finds one endnote section and turns it into notes; its page breaks stay in the flow. */
    private void endnotes(List<Block> blocks, List<Note> notes, Map<Inline.Sup, String> links, StageContext ctx) {
        for (int h = 0; h < blocks.size(); h++) {
            Block title = blocks.get(h);
            String text = title instanceof Block.Heading hd ? hd.text() : title instanceof Block.Paragraph p ? p.text() : null;
            if (text == null || !NOTES_TITLE.matcher(text.strip()).matches()) continue;
            int level = title instanceof Block.Heading hd ? hd.level() : 7;
            List<Integer> numbers = new ArrayList<>();
            List<List<Inline>> bodies = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            int end = h + 1;
            for (; end < blocks.size(); end++) {
                Block b = blocks.get(end);
                if (b instanceof Block.PageBreak) continue;
                if (b instanceof Block.Heading hd && hd.level() <= level) break;
                if (b instanceof Block.ListBlock l && l.ordered() && "1".equals(l.numbering())) {
                    for (int i = 0; i < l.items().size(); i++) {
                        numbers.add(l.start() + i);
                        bodies.add(itemText(l.items().get(i)));
                        pages.add(l.provenance().page());
                    }
                    continue;
                }
                if (b instanceof Block.Paragraph p) {
                    Entry e = entry(p.content());
                    if (e != null) {
                        // entries set without space between them arrive as one paragraph: "1 Text. 2 Text."
                        int n = e.number();
                        for (List<Inline> part : splitEntries(e.content(), n)) {
                            numbers.add(n++);
                            bodies.add(new ArrayList<>(part));
                            pages.add(p.provenance().page());
                        }
                        continue;
                    }
                    if (!bodies.isEmpty()) { // a further paragraph of the last note
                        bodies.get(bodies.size() - 1).add(new Inline.Text(" "));
                        bodies.get(bodies.size() - 1).addAll(p.content());
                        continue;
                    }
                }
                break;
            }
            if (numbers.size() < 2 || !increasing(numbers)) continue;
            // the markers: raised numbers before the section, matched in order
            List<Ref> before = refs(blocks, h);
            Map<Inline.Sup, String> found = new IdentityHashMap<>();
            int from = 0, matched = 0;
            List<Note> made = new ArrayList<>();
            for (int i = 0; i < numbers.size(); i++) {
                String id = "fn" + (notes.size() + made.size() + 1);
                String label = String.valueOf(numbers.get(i));
                for (int k = from; k < before.size(); k++) {
                    Ref r = before.get(k);
                    if (r.label().equals(label) && !r.exponent() && !links.containsKey(r.sup())) {
                        found.put(r.sup(), id);
                        from = k + 1;
                        matched++;
                        break;
                    }
                }
                made.add(new Note(id, label, trim(bodies.get(i)), org.equalify.eqpdf.document.Provenance.of(pages.get(i),
                        blocks.get(h).provenance().box())));
            }
            if (matched < Math.max(2, (numbers.size() + 1) / 2)) continue;
            links.putAll(found);
            notes.addAll(made);
            List<Block> kept = new ArrayList<>();
            for (int i = h; i < end; i++) if (blocks.get(i) instanceof Block.PageBreak) kept.add(blocks.get(i));
            blocks.subList(h, end).clear();
            blocks.addAll(h, kept);
            ctx.record(title.provenance().page(), "notes", made.size() + " endnotes",
                    "a notes section whose numbers are raised markers in the text (" + matched + " linked)");
            return;
        }
    }

    private record Entry(int number, List<Inline> content) {}

    /** "3. Text", "3 Text" or a raised 3 before the text; null when the paragraph starts otherwise. */
    private static Entry entry(List<Inline> content) {
        if (content.isEmpty()) return null;
        if (content.get(0) instanceof Inline.Sup s && Inline.plainText(s.content()).strip().matches("\\d{1,3}")) {
            return new Entry(Integer.parseInt(Inline.plainText(s.content()).strip()), content.subList(1, content.size()));
        }
        if (content.get(0) instanceof Inline.Text t) {
            Matcher m = NUMBERED.matcher(t.text());
            if (m.find()) {
                List<Inline> rest = new ArrayList<>(content);
                rest.set(0, new Inline.Text(t.text().substring(m.end())));
                return new Entry(Integer.parseInt(m.group(1)), rest);
            }
        }
        return null;
    }

    /** Splits "Text. 2 Text. 3 Text." after the first entry's number where the next numbers follow in turn. */
    static List<List<Inline>> splitEntries(List<Inline> content, int first) {
        List<List<Inline>> out = new ArrayList<>();
        List<Inline> current = new ArrayList<>();
        int next = first + 1;
        for (Inline x : content) {
            if (!(x instanceof Inline.Text t)) {
                current.add(x);
                continue;
            }
            String s = t.text();
            while (true) {
                Matcher m = Pattern.compile("(?<=[.!?)\\]”\"])\\s+" + next + "[.)]?\\s+(?=\\S)").matcher(s);
                if (!m.find()) break;
                current.add(new Inline.Text(s.substring(0, m.start())));
                out.add(current);
                current = new ArrayList<>();
                s = s.substring(m.end());
                next++;
            }
            current.add(new Inline.Text(s));
        }
        out.add(current);
        return out;
    }

    private static List<Inline> itemText(Block.ListItem item) {
        List<Inline> out = new ArrayList<>(item.content());
        for (Block c : item.children()) {
            if (c instanceof Block.Paragraph p) {
                out.add(new Inline.Text(" "));
                out.addAll(p.content());
            }
        }
        return out;
    }

    private static boolean increasing(List<Integer> numbers) {
        for (int i = 1; i < numbers.size(); i++) if (numbers.get(i) <= numbers.get(i - 1)) return false;
        return true;
    }

    private static List<Inline> trim(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        while (!out.isEmpty() && out.get(0) instanceof Inline.Text t && t.text().isBlank()) out.remove(0);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(t.text().stripLeading()));
        return out;
    }

    // ---- markers ----

    /** The raised markers in blocks [0, end), in reading order. */
    private static List<Ref> refs(List<Block> blocks, int end) {
        List<Ref> out = new ArrayList<>();
        for (int i = 0; i < end; i++) InlineWalk.map(blocks.get(i), (run, page) -> {
            collect(run, new int[] {page}, out);
            return run;
        });
        return out;
    }

    private static void collect(List<Inline> run, int[] page, List<Ref> out) {
        for (int i = 0; i < run.size(); i++) {
            Inline x = run.get(i);
            if (x instanceof Inline.PageMarker m) page[0] = m.page();
            else if (x instanceof Inline.Sup s) {
                String label = Inline.plainText(s.content()).strip().replaceAll("[,.;)]+$", "");
                out.add(new Ref(s, page[0], label, exponent(textBefore(run, i), textAfter(run, i)), out.size()));
            } else if (x instanceof Inline.Link l) collect(l.content(), page, out);
            else if (x instanceof Inline.Strong st) collect(st.content(), page, out);
            else if (x instanceof Inline.Emphasis e) collect(e.content(), page, out);
            else if (x instanceof Inline.Lang lg) collect(lg.content(), page, out);
        }
    }

    /** x², (a+b)², 10³ before an operator: a power, not a note marker. */
    static boolean exponent(String before, String after) {
        boolean base = before.matches("(?s).*(^|[\\s(=+\\-−×·*/^])[A-Za-z]$") || before.endsWith(")")
                || before.matches("(?s).*[=+\\-−×·*/^]\\s*\\d+$");
        boolean operator = after.matches("(?s)^\\s*[=+\\-−×·*/^<>≤≥].*");
        return base || operator;
    }

    private static String textBefore(List<Inline> run, int i) {
        return i > 0 ? Inline.plainText(run.subList(Math.max(0, i - 2), i)) : "";
    }

    private static String textAfter(List<Inline> run, int i) {
        return i + 1 < run.size() ? Inline.plainText(run.subList(i + 1, Math.min(run.size(), i + 3))) : "";
    }

    private static List<Inline> replace(List<Inline> run, Map<Inline.Sup, String> links) {
        List<Inline> out = new ArrayList<>(run.size());
        for (Inline x : run) {
            if (x instanceof Inline.Sup s && links.containsKey(s)) out.add(new Inline.NoteRef(links.get(s)));
            else if (x instanceof Inline.Link l) {
                List<Inline> inner = replace(l.content(), links);
                // a marker that the PDF also linked (to the note) is the reference itself
                if (Inline.plainText(inner).isBlank() && inner.stream().anyMatch(i -> i instanceof Inline.NoteRef)) out.addAll(inner);
                else out.add(new Inline.Link(l.href(), inner));
            } else if (InlineWalk.children(x) != null) out.add(InlineWalk.withChildren(x, replace(InlineWalk.children(x), links)));
            else out.add(x);
        }
        return out;
    }
}
