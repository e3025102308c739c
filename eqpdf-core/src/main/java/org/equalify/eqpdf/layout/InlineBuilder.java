package org.equalify.eqpdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;

/**
 * Turns the words of a block into inline content: wrapped lines joined with spaces, line-end hyphens joined,
 * bold and italic runs as strong/emphasis, raised small words as superscripts, link annotations and visible
 * URLs as links.
 */
public final class InlineBuilder {
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b((?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]}'’”]|mailto:[^\\s<>\"]+[A-Za-z]"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    private InlineBuilder() { }

    /** One styled piece of text before grouping. */
    private record Piece(String text, boolean bold, boolean italic, boolean sup, String href) {}

    /**
     * @param styleBold   true when the whole block is bold (a heading): bold is then not marked inline
     * @param styleItalic true when the whole block is italic
     */
    public static List<Inline> build(List<Line> lines, List<PageLink> links, boolean styleBold, boolean styleItalic) {
        List<Piece> pieces = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            for (int wi = 0; wi < line.words().size(); wi++) {
                Word w = line.words().get(wi);
                String text = w.text();
                boolean lastOfLine = wi == line.words().size() - 1 && li < lines.size() - 1;
                boolean sup = isRaised(w, line);
                // a marker or exponent set against its word ("note.¹", "1st", "m².") joins it without a space
                Word before = wi > 0 ? line.words().get(wi - 1) : null;
                boolean glued = before != null && (sup || isRaised(before, line))
                        && w.box().x() - before.box().right() < line.fontSize() * 0.12;
                String sep = " ";
                if (lastOfLine && text.length() > 1 && text.endsWith("-") && Character.isLetter(text.charAt(text.length() - 2))) {
                    Word next = lines.get(li + 1).words().get(0);
                    if (!next.text().isEmpty() && Character.isLowerCase(next.text().charAt(0))) {
                        text = text.substring(0, text.length() - 1);
                        sep = "";
                    }
                }
                boolean cjkJoin = !pieces.isEmpty() && endsCjk(pieces.get(pieces.size() - 1).text()) && startsCjk(text);
                if (cjkJoin || glued) { /* Chinese and Japanese take no spaces between words, glued markers none before them */ }
                else if (!pieces.isEmpty() && !sup) pieces.add(new Piece(" ", false, false, false, null));
                else if (!pieces.isEmpty() && sup && (startsWithLetter(text) || before == null
                        || w.box().x() - before.box().right() > line.fontSize() * 0.2)) pieces.add(new Piece(" ", false, false, false, null));
                pieces.add(new Piece(text, w.bold() && !styleBold, w.italic() && !styleItalic, sup, linkAt(links, w.box())));
                if (sep.isEmpty()) pieces.add(new Piece("\u0000", false, false, false, null)); // join marker
            }
        }
        return group(pieces);
    }

    /** A superscript: a smaller word whose bottom sits clearly above its line's. */
    public static boolean isRaised(Word w, Line line) {
        return w.fontSize() < line.fontSize() * 0.8 && w.box().bottom() < line.box().bottom() - line.fontSize() * 0.2;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static boolean endsCjk(String s) { return !s.isEmpty() && isCjk(s.codePointBefore(s.length())); }

    private static boolean startsCjk(String s) { return !s.isEmpty() && isCjk(s.codePointAt(0)); }

    private static boolean startsWithLetter(String s) { return !s.isEmpty() && Character.isLetter(s.charAt(0)); }

    private static String linkAt(List<PageLink> links, BoundingBox box) {
        double cx = box.centerX(), cy = box.y() + box.height() / 2;
        for (PageLink l : links) {
            BoundingBox r = l.box();
            if (cx >= r.x() - 1 && cx <= r.right() + 1 && cy >= r.y() - 2 && cy <= r.bottom() + 2) return l.target();
        }
        return null;
    }

    /** Groups pieces into nested inlines: link ⊃ strong ⊃ emphasis ⊃ text. */
    private static List<Inline> group(List<Piece> raw) {
        // drop spaces before a join marker and the marker itself
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Piece p = raw.get(i);
            if (p.text().equals("\u0000")) continue;
            if (p.text().equals(" ") && i > 0 && raw.get(i - 1).text().equals("\u0000")) continue;
            pieces.add(p);
        }
        // spaces take the style of their neighbours when both sides share it, so runs don't break on spaces
        for (int i = 1; i + 1 < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.text().equals(" ")) continue;
            Piece a = pieces.get(i - 1), b = pieces.get(i + 1);
            pieces.set(i, new Piece(" ", a.bold() && b.bold(), a.italic() && b.italic(), false,
                    a.href() != null && a.href().equals(b.href()) ? a.href() : null));
        }
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            int j = i;
            StringBuilder sb = new StringBuilder();
            while (j < pieces.size() && same(pieces.get(j), p)) sb.append(pieces.get(j++).text());
            String text = sb.toString();
            String trailing = "";
            if (p.href() != null) { // sentence punctuation after the linked words is not part of the link
                int end = text.length();
                while (end > 1 && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) end--;
                trailing = text.substring(end);
                text = text.substring(0, end);
                // a URL shown as the link's text, broken over two lines ("https://example.edu/ math221")
                String joined = text.replace(" ", "");
                if (text.contains(" ") && (joined.equals(p.href()) || ("mailto:" + joined).equals(p.href()))) text = joined;
                if (text.isBlank()) { // only a space and punctuation under the link's area: no link to name
                    out.add(new Inline.Text(text + trailing));
                    i = j;
                    continue;
                }
            }
            List<Inline> content = withUrls(text, p.href() == null);
            if (p.italic()) content = List.of(new Inline.Emphasis(content));
            if (p.bold()) content = List.of(new Inline.Strong(content));
            if (p.sup()) content = List.of(new Inline.Sup(content));
            if (p.href() != null) content = List.of(new Inline.Link(p.href(), content));
            out.addAll(content);
            if (!trailing.isEmpty()) out.add(new Inline.Text(trailing));
            i = j;
        }
        return merge(out);
    }

    private static boolean same(Piece a, Piece b) {
        return a.bold() == b.bold() && a.italic() == b.italic() && a.sup() == b.sup()
                && java.util.Objects.equals(a.href(), b.href());
    }

    /** Splits text into text and links for the URLs and e-mail addresses written in it. */
    public static List<Inline> withUrls(String text, boolean detect) {
        if (!detect) return List.of(new Inline.Text(text));
        List<Inline> out = new ArrayList<>();
        Matcher m = URL.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) out.add(new Inline.Text(text.substring(last, m.start())));
            String u = m.group(1);
            String href = u.toLowerCase().startsWith("www.") ? "https://" + u
                    : u.contains("@") && !u.toLowerCase().startsWith("mailto:") && !u.contains("://") ? "mailto:" + u : u;
            out.add(new Inline.Link(href, List.of(new Inline.Text(u))));
            last = m.end();
        }
        if (last < text.length()) out.add(new Inline.Text(text.substring(last)));
        return out;
    }

    /** Adjacent text nodes become one. */
    private static List<Inline> merge(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline x : in) {
            if (x instanceof Inline.Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text prev) {
                out.set(out.size() - 1, new Inline.Text(prev.text() + t.text()));
            } else {
                out.add(x);
            }
        }
        return out;
    }
}
