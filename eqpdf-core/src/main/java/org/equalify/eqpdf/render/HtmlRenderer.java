package org.equalify.eqpdf.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;

/**
 * Renders a {@link Document} as one accessible HTML page following {@code ACCESSIBLE_HTML.md}: landmarks,
 * one h1, contents and page lists, page-break markers, note references with back-links, escaped text, safe
 * links only, and a strict Content-Security-Policy. Pure: no I/O. Thread-safe.
 */
public final class HtmlRenderer {
    static final String CSS = """
            :root{color-scheme:light}
            body{margin:0 auto;max-width:46rem;padding:1rem;font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;overflow-wrap:break-word}
            h1,h2,h3,h4,h5,h6{line-height:1.25;margin:1.6em 0 .5em}
            a{color:#0b55b3;text-decoration:underline}
            a:focus,[tabindex]:focus{outline:3px solid #b3540b;outline-offset:2px}
            img{max-width:100%;height:auto}
            figure{margin:1.2em 0}
            figcaption{font-size:.95em;color:#3b3b3b}
            table{border-collapse:collapse;margin:0}
            th,td{border:1px solid #6b6b6b;padding:.3em .5em;text-align:left;vertical-align:top}
            caption{text-align:left;font-weight:600;padding:.3em 0}
            .table-wrap{overflow-x:auto;margin:1em 0;position:relative}
            pre{overflow-x:auto;background:#f4f4f4;padding:.75em;border:1px solid #d0d0d0}
            code{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.92em}
            hr.page{border:0;border-top:1px dashed #8a8a8a;margin:2em 0}
            .skip-link{position:absolute;left:-9999px}
            .skip-link:focus{position:static}
            .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
            nav ol{padding-left:1.4em}
            nav.pages ol{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4em}
            aside{border-left:4px solid #8a8a8a;padding-left:1em}
            .nav-label{font-weight:normal;margin:0}
            math[display=block]{display:block;margin:1em 0;overflow-x:auto}
            """;
    static final String CSS_HASH = sha256(CSS);

    /** How figures reference their images. */
    public enum Images { INLINE, FILES }

    private static final int TOC_MIN_HEADINGS = 3;

    public String render(Document doc, FigureFiles figures, Images images) {
        return new Writer(doc, figures, images).write();
    }

    private static final class Writer {
        private final Document doc;
        private final FigureFiles figures;
        private final Images images;
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private final Map<String, Note> notes = new HashMap<>();
        private final Map<String, Integer> noteNumbers = new HashMap<>();
        private final Map<String, List<String>> noteRefIds = new HashMap<>();
        private final Set<String> targets = new HashSet<>();

        Writer(Document doc, FigureFiles figures, Images images) {
            this.doc = doc;
            this.figures = figures;
            this.images = images;
            for (Note n : doc.notes()) notes.put(n.id(), n);
            collectTargets(doc.blocks());
        }

        private void collectTargets(List<Block> blocks) {
            for (Block b : blocks) {
                if (b instanceof Block.Heading h && h.id() != null) targets.add(h.id());
                if (b instanceof Block.PageBreak p) targets.add("page-" + p.page());
                if (b instanceof Block.Paragraph p) for (Inline i : p.content()) if (i instanceof Inline.PageMarker m) targets.add("page-" + m.page());
                if (b instanceof Block.Aside a) collectTargets(a.content());
                if (b instanceof Block.ListBlock l) { // a list that goes on across a page carries the page's marker
                    for (Block.ListItem item : l.items()) {
                        for (Inline i : item.content()) if (i instanceof Inline.PageMarker m) targets.add("page-" + m.page());
                        collectTargets(item.children());
                    }
                }
            }
            for (Note n : doc.notes()) targets.add(n.id());
        }

        String write() {
            String lang = doc.metadata().language() == null ? "en" : doc.metadata().language();
            String title = doc.metadata().title() == null ? "Untitled document" : doc.metadata().title();
            List<Block.Heading> tocHeadings = new ArrayList<>();
            for (Block b : doc.blocks()) if (b instanceof Block.Heading h && h.level() >= 2 && h.level() <= 3 && h.id() != null) tocHeadings.add(h);
            boolean toc = tocHeadings.size() >= TOC_MIN_HEADINGS;
            out.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(lang)).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
               .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
               .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data: 'self'; style-src '")
               .append(CSS_HASH).append("'; base-uri 'none'; form-action 'none'\">\n")
               .append("<meta name=\"generator\" content=\"Equalify PDF Converter\">\n")
               .append("<title>").append(Html.escape(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
            if (toc) {
                out.append("<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n");
                out.append("<nav class=\"toc\" role=\"doc-toc\" aria-labelledby=\"contents-label\">\n<p id=\"contents-label\" class=\"nav-label\">Contents</p>\n");
                writeToc(tocHeadings);
                out.append("</nav>\n");
            }
            out.append("<main id=\"main\">\n");
            boolean h1Written = false;
            for (Block b : doc.blocks()) {
                block(b);
                if (!h1Written && b instanceof Block.Heading h && h.level() == 1) {
                    h1Written = true;
                    if (doc.metadata().ocr()) {
                        out.append("<p class=\"visually-hidden\">Some or all of this text was produced by optical character recognition (OCR) from scanned pages and may contain recognition errors.</p>\n");
                    }
                }
            }
            writeNotes();
            out.append("</main>\n");
            writePageList();
            out.append("</body>\n</html>\n");
            return out.toString();
        }

        private void writeToc(List<Block.Heading> headings) {
            out.append("<ol>\n");
            int base = 2;
            int depth = 0;
            boolean open = false;
            for (Block.Heading h : headings) {
                int d = h.level() - base;
                if (d > depth) {
                    out.append("\n<ol>\n");
                    depth = d;
                } else {
                    if (open) out.append("</li>\n");
                    while (depth > d) {
                        out.append("</ol>\n</li>\n");
                        depth--;
                    }
                }
                out.append("<li><a href=\"#").append(Html.escape(h.id())).append("\">");
                inlineText(h.content());
                out.append("</a>");
                open = true;
            }
            if (open) out.append("</li>\n");
            while (depth > 0) {
                out.append("</ol>\n</li>\n");
                depth--;
            }
            out.append("</ol>\n");
        }

        private void writePageList() {
            List<String[]> pages = new ArrayList<>();
            for (Block b : doc.blocks()) collectPages(b, pages);
            if (pages.isEmpty()) return;
            out.append("<nav class=\"pages\" role=\"doc-pagelist\" aria-label=\"Pages\">\n<ol>\n");
            for (String[] p : pages) {
                out.append("<li><a href=\"#page-").append(p[0]).append("\">").append(Html.escape(p[1])).append("</a></li>\n");
            }
            out.append("</ol>\n</nav>\n");
        }

        private void collectPages(Block b, List<String[]> pages) {
            if (b instanceof Block.PageBreak p) pages.add(new String[] {String.valueOf(p.page()), p.label()});
            if (b instanceof Block.Paragraph para) {
                for (Inline i : para.content()) if (i instanceof Inline.PageMarker m) pages.add(new String[] {String.valueOf(m.page()), m.label()});
            }
            if (b instanceof Block.Aside a) for (Block c : a.content()) collectPages(c, pages);
            if (b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    for (Inline i : item.content()) if (i instanceof Inline.PageMarker m) pages.add(new String[] {String.valueOf(m.page()), m.label()});
                    for (Block c : item.children()) collectPages(c, pages);
                }
            }
        }

        private void block(Block b) {
            if (b instanceof Block.Heading h) {
                out.append("<h").append(h.level());
                if (h.id() != null) out.append(" id=\"").append(Html.escape(h.id())).append('"');
                out.append('>');
                inlines(h.content());
                out.append("</h").append(h.level()).append(">\n");
            } else if (b instanceof Block.Paragraph p) {
                out.append("<p");
                if (p.language() != null) out.append(" lang=\"").append(Html.escape(p.language())).append('"');
                out.append('>');
                inlines(p.content());
                out.append("</p>\n");
            } else if (b instanceof Block.ListBlock l) {
                list(l);
            } else if (b instanceof Block.DefinitionList dl) {
                out.append("<dl>\n");
                for (Block.Definition d : dl.items()) {
                    out.append("<dt>");
                    inlines(d.term());
                    out.append("</dt>\n");
                    for (List<Inline> detail : d.details()) {
                        out.append("<dd>");
                        inlines(detail);
                        out.append("</dd>\n");
                    }
                }
                out.append("</dl>\n");
            } else if (b instanceof Block.Table t) {
                TableWriter.write(t, this::inlines, out, tableCounter++);
            } else if (b instanceof Block.Figure f) {
                figure(f);
            } else if (b instanceof Block.CodeBlock c) {
                out.append("<pre tabindex=\"0\"><code");
                if (c.language() != null) out.append(" class=\"language-").append(Html.escape(c.language())).append('"');
                out.append('>').append(Html.escape(c.code())).append("</code></pre>\n");
            } else if (b instanceof Block.Formula f) {
                if (f.label() == null) {
                    out.append(MathMl.block(f.linearText(), f.mathml(), f.alt())).append('\n');
                } else { // the equation number stays outside the math: it names the formula, it is not part of it
                    out.append("<div class=\"equation\">").append(MathMl.block(f.linearText(), f.mathml(), f.alt()))
                       .append("<span class=\"equation-number\">").append(Html.escape(f.label())).append("</span></div>\n");
                }
            } else if (b instanceof Block.PageBreak p) {
                out.append("<hr class=\"page\" role=\"doc-pagebreak\" id=\"page-").append(p.page())
                   .append("\" aria-label=\"").append(Html.escape(p.label())).append("\">\n");
            } else if (b instanceof Block.Contents c) {
                // every nav needs its own name
                out.append("<nav class=\"toc\" aria-label=\"Table of contents from the document")
                   .append(contentsCounter++ > 1 ? " (" + (contentsCounter - 1) + ")" : "").append("\">\n");
                listItems(c.entries(), false, null, 1);
                out.append("</nav>\n");
            } else if (b instanceof Block.Aside a) {
                out.append("<aside aria-label=\"Sidebar\">\n");
                for (Block c : a.content()) block(c);
                out.append("</aside>\n");
            }
        }

        private int tableCounter = 1;
        private int contentsCounter = 1;

        private void list(Block.ListBlock l) {
            listItems(l.items(), l.ordered(), l.numbering(), l.start());
        }

        private void listItems(List<Block.ListItem> items, boolean ordered, String numbering, int start) {
            if (ordered) {
                out.append("<ol");
                if (numbering != null && !"1".equals(numbering)) out.append(" type=\"").append(numbering).append('"');
                if (start > 1) out.append(" start=\"").append(start).append('"');
                out.append(">\n");
            } else {
                out.append("<ul>\n");
            }
            for (Block.ListItem item : items) {
                out.append("<li>");
                inlines(item.content());
                if (!item.children().isEmpty()) {
                    out.append('\n');
                    for (Block c : item.children()) block(c);
                }
                out.append("</li>\n");
            }
            out.append(ordered ? "</ol>\n" : "</ul>\n");
        }

        private void figure(Block.Figure f) {
            if (f.image() == null) return;
            String src = images == Images.INLINE
                    ? "data:" + f.image().mimeType() + ";base64," + Base64.getEncoder().encodeToString(f.image().data())
                    : figures.path(f);
            String id = figures.id(f);
            if (f.decorative()) {
                out.append("<div class=\"decorative\"><img id=\"").append(id).append("\" src=\"").append(Html.escape(src))
                   .append("\" alt=\"\"></div>\n");
                return;
            }
            String alt = f.alt() != null && !f.alt().isBlank() ? f.alt().strip()
                    : "Figure on page " + f.provenance().page() + ", not yet described";
            out.append("<figure id=\"").append(id).append("\">\n<img src=\"").append(Html.escape(src))
               .append("\" alt=\"").append(Html.escape(alt)).append("\" width=\"").append(f.image().width())
               .append("\" height=\"").append(f.image().height()).append("\">\n");
            if (!f.caption().isEmpty()) {
                out.append("<figcaption>");
                inlines(f.caption());
                out.append("</figcaption>\n");
            }
            out.append("</figure>\n");
        }

        void inlines(List<Inline> content) {
            for (Inline i : content) inline(i, true);
        }

        /** Inline content without links (inside a TOC link). */
        private void inlineText(List<Inline> content) {
            for (Inline i : content) inline(i, false);
        }

        private void inline(Inline i, boolean links) {
            if (i instanceof Inline.Text t) out.append(Html.escape(t.text()));
            else if (i instanceof Inline.Emphasis e) wrap("em", e.content(), links);
            else if (i instanceof Inline.Strong s) wrap("strong", s.content(), links);
            else if (i instanceof Inline.Sub s) wrap("sub", s.content(), links);
            else if (i instanceof Inline.Sup s) wrap("sup", s.content(), links);
            else if (i instanceof Inline.Code c) out.append("<code>").append(Html.escape(c.text())).append("</code>");
            else if (i instanceof Inline.LineBreak) out.append("<br>");
            else if (i instanceof Inline.Math m) out.append(MathMl.inline(m.linearText(), m.mathml()));
            else if (i instanceof Inline.Lang l) {
                out.append("<span lang=\"").append(Html.escape(l.language())).append("\">");
                for (Inline c : l.content()) inline(c, links);
                out.append("</span>");
            } else if (i instanceof Inline.PageMarker m) {
                out.append("<span role=\"doc-pagebreak\" id=\"page-").append(m.page()).append("\" title=\"")
                   .append(Html.escape(m.label())).append("\"></span>");
            } else if (i instanceof Inline.NoteRef n) {
                noteRef(n, links);
            } else if (i instanceof Inline.Link l) {
                String href = links ? Html.safeHref(l.href()) : null;
                if (href != null && href.startsWith("#") && !targets.contains(href.substring(1))) href = null;
                if (href == null || containsLink(l.content())) {
                    for (Inline c : l.content()) inline(c, links);
                } else {
                    out.append("<a href=\"").append(Html.escape(href)).append("\">");
                    for (Inline c : l.content()) inline(c, false);
                    out.append("</a>");
                }
            }
        }

        private static boolean containsLink(List<Inline> content) {
            for (Inline i : content) if (i instanceof Inline.Link) return true;
            return false;
        }

        private void wrap(String tag, List<Inline> content, boolean links) {
            out.append('<').append(tag).append('>');
            for (Inline c : content) inline(c, links);
            out.append("</").append(tag).append('>');
        }

        private void noteRef(Inline.NoteRef n, boolean links) {
            Note note = notes.get(n.noteId());
            if (note == null) return;
            int number = noteNumbers.computeIfAbsent(note.id(), k -> noteNumbers.size() + 1);
            List<String> refs = noteRefIds.computeIfAbsent(note.id(), k -> new ArrayList<>());
            String refId = "fnref" + number + (refs.isEmpty() ? "" : "-" + (refs.size() + 1));
            if (!links) {
                out.append("<sup>").append(Html.escape(note.label())).append("</sup>");
                return;
            }
            refs.add(refId);
            out.append("<sup><a href=\"#").append(Html.escape(note.id())).append("\" id=\"").append(refId)
               .append("\" role=\"doc-noteref\" aria-label=\"").append(Html.escape(noteName(note))).append("\">")
               .append(Html.escape(note.label())).append("</a></sup>");
        }

        /** "Note 3"; "Note 1, page 4" when several notes share the printed label (numbering restarts per page). */
        private String noteName(Note note) {
            int same = 0;
            for (Note n : doc.notes()) if (n.label().equals(note.label())) same++;
            if (same <= 1 || note.provenance().page() <= 0) return "Note " + note.label();
            String page = String.valueOf(note.provenance().page());
            for (var p : doc.pages()) if (p.number() == note.provenance().page()) page = p.label();
            return "Note " + note.label() + ", page " + page;
        }

        private void writeNotes() {
            if (doc.notes().isEmpty()) return;
            out.append("<section role=\"doc-endnotes\" aria-labelledby=\"notes-heading\">\n<h2 id=\"notes-heading\">Notes</h2>\n<ol>\n");
            for (Note n : doc.notes()) {
                // the list shows the label printed in the PDF: as the item's number, or before a symbol's text
                out.append("<li id=\"").append(Html.escape(n.id())).append('"');
                if (n.label().matches("\\d{1,6}")) {
                    out.append(" value=\"").append(Integer.parseInt(n.label())).append("\">");
                } else {
                    out.append("><span class=\"note-label\">").append(Html.escape(n.label())).append("</span> ");
                }
                inlines(n.content());
                List<String> refs = noteRefIds.getOrDefault(n.id(), List.of());
                int k = 1;
                for (String ref : refs) {
                    out.append(" <a href=\"#").append(ref).append("\" role=\"doc-backlink\" aria-label=\"Back to the reference to ")
                       .append(Html.escape(noteName(n))).append(refs.size() > 1 ? " (" + k + ")" : "").append("\">↩</a>");
                    k++;
                }
                out.append("</li>\n");
            }
            out.append("</ol>\n</section>\n");
        }
    }

    private static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
