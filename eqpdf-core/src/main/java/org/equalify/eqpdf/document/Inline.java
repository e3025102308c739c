package org.equalify.eqpdf.document;

import java.util.List;

/** Inline content inside a paragraph, heading, list item or table cell. */
public sealed interface Inline
        permits Inline.Text, Inline.Emphasis, Inline.Strong, Inline.Link, Inline.Code, Inline.NoteRef,
                Inline.PageMarker, Inline.Sub, Inline.Sup, Inline.Lang, Inline.Math, Inline.LineBreak {

    /** Plain text; renderers escape it. */
    record Text(String text) implements Inline {}

    record Emphasis(List<Inline> content) implements Inline {}

    record Strong(List<Inline> content) implements Inline {}

    /**
     * A hyperlink. {@code href} is either an external URL (only http, https and mailto are ever rendered as
     * links) or an internal fragment such as {@code #page-3}.
     */
    record Link(String href, List<Inline> content) implements Inline {}

    record Code(String text) implements Inline {}

    /** A reference to a note in {@link Document#notes()}, shown with the note's label. */
    record NoteRef(String noteId) implements Inline {}

    /** The start of an original page inside a paragraph that continues across pages. */
    record PageMarker(int page, String label) implements Inline {}

    record Sub(List<Inline> content) implements Inline {}

    record Sup(List<Inline> content) implements Inline {}

    /** A passage in another language than the document's. */
    record Lang(String language, List<Inline> content) implements Inline {}

    /** Inline math: MathML markup when structure was recovered, else null, plus the linear text. */
    record Math(String linearText, String mathml) implements Inline {}

    /** A hard line break that belongs to the content (poetry, addresses), never a wrapped line. */
    record LineBreak() implements Inline {}

    static Text text(String s) { return new Text(s); }

    /** The plain text of inline content, without markup. */
    static String plainText(List<? extends Inline> content) {
        StringBuilder sb = new StringBuilder();
        appendPlain(content, sb);
        return sb.toString();
    }

    private static void appendPlain(List<? extends Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof Text t) sb.append(t.text());
            else if (i instanceof Code c) sb.append(c.text());
            else if (i instanceof Math m) sb.append(m.linearText());
            else if (i instanceof LineBreak) sb.append(' ');
            else if (i instanceof Emphasis e) appendPlain(e.content(), sb);
            else if (i instanceof Strong st) appendPlain(st.content(), sb);
            else if (i instanceof Link l) appendPlain(l.content(), sb);
            else if (i instanceof Sub sub) appendPlain(sub.content(), sb);
            else if (i instanceof Sup sup) appendPlain(sup.content(), sb);
            else if (i instanceof Lang lang) appendPlain(lang.content(), sb);
            // NoteRef and PageMarker carry no text
        }
    }
}
