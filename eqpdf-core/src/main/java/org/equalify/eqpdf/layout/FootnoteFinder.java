package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;
import org.equalify.eqpdf.document.Provenance;

/**
 * Finds footnote bodies at the foot of untagged pages and takes them out of the flow: a run of lines set
 * smaller than the body text, ending the page, each note starting with a marker (1, 2, *, †, a raised a…).
 * The run counts as footnotes only when the page's body text carries a raised marker matching one of them,
 * or a rule separates it from the body; a numbered list or small print without either stays in the flow.
 * Text at the top of such a run without a marker continues the last note of the previous page.
 * One instance per document: it carries that open note from page to page. Markers in the body stay
 * superscripts here; the note-linking stage turns them into references.
 */
public final class FootnoteFinder {
    private static final Pattern PLAIN_MARKER = Pattern.compile("(\\d{1,3}|[*†‡§¶]{1,3})[.):]?");
    private static final Pattern RAISED_MARKER = Pattern.compile("(\\d{1,3}|[*†‡§¶]{1,3}|[a-z])");
    private static final Pattern GLUED_SYMBOL = Pattern.compile("([*†‡§¶]{1,3})\\S.*");
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(page|p\\.|pg\\.?)?\\s*[-–—(\\[]?\\s*(\\d{1,4}|[ivxlcdm]{1,7})\\s*[-–—)\\]]?(\\s*(of|/)\\s*\\d{1,4})?");

    private final FontStatistics fonts;
    private final List<Draft> drafts = new ArrayList<>();
    private int openPage = -1; // the page whose last note may continue on the next page

    public FootnoteFinder(FontStatistics fonts) {
        this.fonts = fonts;
    }

    /** A note being collected; its text may grow on the next page. */
    private static final class Draft {
        final String label;
        final List<Inline> content = new ArrayList<>();
        final Provenance provenance;
        Draft(String label, Provenance provenance) { this.label = label; this.provenance = provenance; }
    }

    /** The notes found so far, with document-wide unique ids fn1, fn2, … in page order. */
    public List<Note> notes() {
        List<Note> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            out.add(new Note("fn" + (i + 1), d.label, BlockBuilder.trim(d.content), d.provenance));
        }
        return out;
    }

    /** The page's lines without its footnote lines; the footnotes are kept for {@link #notes()}. */
    public List<Line> take(PageContent page, List<Line> lines) {
        int pageNumber = page.number();
        boolean canContinue = openPage == pageNumber - 1;
        openPage = -1;
        if (lines.size() < 2) return lines;
        float body = fonts.bodySize();
        // walk up from the foot of the page over small lines; page numbers below the notes are skipped
        int start = lines.size();
        List<Line> skipped = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (start == lines.size() && FURNITURE.matcher(l.text().strip()).matches() && l.box().y() > page.height() * 0.85) {
                skipped.add(l);
                continue;
            }
            if (!isSmall(l, body)) break;
            start = i;
        }
        if (start >= lines.size() || start == 0) return lines;
        List<Line> region = new ArrayList<>(lines.subList(start, lines.size()));
        region.removeAll(skipped);
        if (region.isEmpty() || region.get(0).box().y() < page.height() * 0.4) return lines;
        List<Line> above = new ArrayList<>(lines.subList(0, start));
        // small print far below the notes (a footer) is not part of them
        dropFooter(region);
        List<Line> taken = new ArrayList<>(region);
        region = rows(inReadingOrder(region));
        List<Line> kept = new ArrayList<>(above);
        List<Draft> found = new ArrayList<>();
        Draft current = null;
        List<Line> currentLines = new ArrayList<>();
        boolean continuation = false;
        List<Line> continued = new ArrayList<>();
        for (Line l : region) {
            String marker = marker(l, current == null ? null : current.label);
            if (marker != null) {
                if (current != null) finish(current, currentLines, page);
                current = new Draft(marker, Provenance.of(pageNumber, l.box()));
                currentLines = new ArrayList<>(List.of(withoutMarker(l)));
                found.add(current);
            } else if (current != null) {
                currentLines.add(l);
            } else if (canContinue && !drafts.isEmpty()) {
                continuation = true;
                continued.add(l);
            } else {
                return lines; // small text without a marker that continues nothing: not notes
            }
        }
        if (current != null) finish(current, currentLines, page);
        boolean ruled = ruleAbove(page, region.get(0), above);
        boolean referenced = referenced(found, above);
        if (continuation && !ruled) return lines; // a caption or small print after a page with notes
        if (!(referenced || ruled)) return lines;
        if (continuation) {
            Draft last = drafts.get(drafts.size() - 1);
            last.content.add(new Inline.Text(" "));
            last.content.addAll(InlineBuilder.build(continued, page.links(), false, false));
        }
        drafts.addAll(found);
        if (!found.isEmpty() || continuation) openPage = pageNumber;
        for (Line l : lines.subList(start, lines.size())) if (!taken.contains(l)) kept.add(l);
        return kept;
    }

    /** Notes set in two columns are read column by column, like the body text. */
    private List<Line> inReadingOrder(List<Line> region) {
        List<Line> out = new ArrayList<>();
        for (List<Line> chunk : new ReadingOrder(Math.max(6, fonts.bodySize() * 0.9)).order(region, Line::box)) out.addAll(chunk);
        return out;
    }

    /** A marker set a quad away from its text is a line of its own: it joins the text on its row. */
    private static List<Line> rows(List<Line> region) {
        List<Line> out = new ArrayList<>();
        for (Line l : region) {
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.text().length() <= 3 && l.box().x() > prev.box().x()
                    && l.box().y() < prev.box().bottom() - l.box().height() * 0.5) {
                List<Word> words = new ArrayList<>(prev.words());
                words.addAll(l.words());
                words.sort(java.util.Comparator.comparingDouble(w -> w.box().x()));
                out.set(out.size() - 1, Line.of(words));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private boolean isSmall(Line l, float body) {
        return l.fontSize() <= body * 0.92f && l.fontSize() < body - 0.6f && !l.text().isBlank();
    }

    /** Lines separated from the ones above by more than twice their height end the notes. */
    private static void dropFooter(List<Line> region) {
        for (int i = 1; i < region.size(); i++) {
            Line prev = region.get(i - 1), l = region.get(i);
            if (l.box().y() - prev.box().bottom() > Math.max(prev.box().height(), l.fontSize()) * 2) {
                region.subList(i, region.size()).clear();
                return;
            }
        }
    }

    /**
     * The marker that starts a note on this line, or null for a continuation line. Numbers must follow the
     * previous note's number, so a continuation line starting with a year or a count is not a new note.
     */
    private static String marker(Line l, String previous) {
        Word first = l.words().get(0);
        String t = first.text();
        String label = null;
        if (InlineBuilder.isRaised(first, l) && RAISED_MARKER.matcher(t).matches()) label = t;
        else if (l.words().size() > 1 && PLAIN_MARKER.matcher(t).matches()) label = t.replaceAll("[.):]$", "");
        else {
            var m = GLUED_SYMBOL.matcher(t);
            if (m.matches()) label = m.group(1);
        }
        if (label == null) return null;
        if (previous != null && label.matches("\\d+") && previous.matches("\\d+")
                && Integer.parseInt(label) != Integer.parseInt(previous) + 1) return null;
        if (previous != null && label.matches("[a-z]") && previous.matches("[a-z]") && label.charAt(0) != previous.charAt(0) + 1) return null;
        return label;
    }

    private static Line withoutMarker(Line l) {
        Word first = l.words().get(0);
        List<Word> rest = new ArrayList<>(l.words());
        var m = GLUED_SYMBOL.matcher(first.text());
        boolean whole = InlineBuilder.isRaised(first, l) || PLAIN_MARKER.matcher(first.text()).matches();
        if (whole) rest.remove(0);
        else if (m.matches()) rest.set(0, first.withText(first.text().substring(m.group(1).length())));
        return rest.isEmpty() ? l : Line.of(rest);
    }

    private static void finish(Draft d, List<Line> lines, PageContent page) {
        d.content.addAll(InlineBuilder.build(lines, page.links(), false, false));
    }

    /** Some note's marker is raised in the body text above it. */
    private static boolean referenced(List<Draft> notes, List<Line> body) {
        Set<String> labels = new HashSet<>();
        for (Draft d : notes) labels.add(d.label);
        for (Line l : body) {
            for (Word w : l.words()) {
                if (InlineBuilder.isRaised(w, l) && labels.contains(w.text().replaceAll("[,.;)]+$", ""))) return true;
            }
        }
        return false;
    }

    /** A horizontal rule between the last body line and the first note line (the classic footnote separator). */
    private static boolean ruleAbove(PageContent page, Line first, List<Line> above) {
        double floor = 0;
        for (Line l : above) floor = Math.max(floor, l.box().bottom());
        BoundingBox fb = first.box();
        for (PageContent.Rule r : page.rules()) {
            if (!r.horizontal()) continue;
            double y = r.y1();
            double len = Math.abs(r.x2() - r.x1());
            if (y > floor - 1 && y < fb.y() + 1 && len > 20 && y > fb.y() - first.fontSize() * 3) return true;
        }
        return false;
    }
}
