package org.equalify.eqpdf.document;

import java.util.List;

/**
 * A block of the document flow. Every block knows where it came from ({@link #provenance()}).
 * Blocks are immutable; pipeline stages build new ones.
 */
public sealed interface Block
        permits Block.Heading, Block.Paragraph, Block.ListBlock, Block.DefinitionList, Block.Table,
                Block.Figure, Block.CodeBlock, Block.Formula, Block.PageBreak, Block.Contents, Block.Aside {

    Provenance provenance();

    /**
     * A heading. {@code level} is 1..6; {@code id} is the anchor (may be null: the renderer makes one).
     */
    record Heading(int level, List<Inline> content, String id, Provenance provenance) implements Block {
        public Heading {
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
            content = List.copyOf(content);
        }
        public Heading withLevel(int l) { return new Heading(l, content, id, provenance); }
        public Heading withId(String i) { return new Heading(level, content, i, provenance); }
        public String text() { return Inline.plainText(content); }
    }

    /** A paragraph; {@code language} is set only when it differs from the document's. */
    record Paragraph(List<Inline> content, String language, Provenance provenance) implements Block {
        public Paragraph { content = List.copyOf(content); }
        public Paragraph(List<Inline> content, Provenance provenance) { this(content, null, provenance); }
        public String text() { return Inline.plainText(content); }
    }

    /**
     * An ordered or unordered list.
     *
     * @param numbering for ordered lists the HTML type: "1", "a", "A", "i" or "I"
     * @param start     the first number of an ordered list
     */
    record ListBlock(boolean ordered, String numbering, int start, List<ListItem> items, Provenance provenance)
            implements Block {
        public ListBlock { items = List.copyOf(items); }
    }

    /** One item: its own text plus nested blocks (sub-lists, further paragraphs). */
    record ListItem(List<Inline> content, List<Block> children) {
        public ListItem { content = List.copyOf(content); children = List.copyOf(children); }
        public ListItem(List<Inline> content) { this(content, List.of()); }
    }

    record DefinitionList(List<Definition> items, Provenance provenance) implements Block {
        public DefinitionList { items = List.copyOf(items); }
    }

    record Definition(List<Inline> term, List<List<Inline>> details) {}

    /**
     * A data table. Header cells are marked on the cells; {@code headerRows} counts the leading rows that
     * are column headers.
     */
    record Table(List<Inline> caption, List<TableRow> rows, int headerRows, Provenance provenance) implements Block {
        public Table { caption = caption == null ? List.of() : List.copyOf(caption); rows = List.copyOf(rows); }
        public int columnCount() {
            int max = 0;
            for (TableRow r : rows) {
                int n = 0;
                for (TableCell c : r.cells()) n += c.colSpan();
                max = Math.max(max, n);
            }
            return max;
        }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow { cells = List.copyOf(cells); }
    }

    /** {@code scope} is "col", "row", "colgroup", "rowgroup" or null (for data cells). */
    record TableCell(List<Inline> content, boolean header, String scope, int rowSpan, int colSpan) {
        public TableCell { content = List.copyOf(content); rowSpan = Math.max(1, rowSpan); colSpan = Math.max(1, colSpan); }
        public static TableCell data(List<Inline> c) { return new TableCell(c, false, null, 1, 1); }
        public static TableCell header(List<Inline> c, String scope) { return new TableCell(c, true, scope, 1, 1); }
        public String text() { return Inline.plainText(content); }
    }

    /**
     * A figure. {@code alt} is the known text alternative, or null when none is known (the report then asks
     * for a description); {@code decorative} figures get {@code alt=""}.
     */
    record Figure(Image image, String alt, boolean decorative, List<Inline> caption, Provenance provenance)
            implements Block {
        public Figure { caption = caption == null ? List.of() : List.copyOf(caption); }
        public Figure withAlt(String a) { return new Figure(image, a, decorative, caption, provenance); }
        public Figure withCaption(List<Inline> c) { return new Figure(image, alt, decorative, c, provenance); }
        public Figure asDecorative() { return new Figure(image, "", true, caption, provenance); }
    }

    /** Preformatted code with whitespace kept; {@code language} is a guess or null. */
    record CodeBlock(String code, String language, Provenance provenance) implements Block {}

    /**
     * A displayed formula: MathML markup when structure was recovered, else null, plus the linear text;
     * {@code label} is its equation number ("(3)") or null.
     */
    record Formula(String linearText, String mathml, String alt, String label, Provenance provenance) implements Block {
        /** A formula without an equation number. */
        public Formula(String linearText, String mathml, String alt, Provenance provenance) {
            this(linearText, mathml, alt, null, provenance);
        }
    }

    /** The start of an original page between blocks. */
    record PageBreak(int page, String label, Provenance provenance) implements Block {}

    /** A table of contents from the PDF, rendered as a navigation list. */
    record Contents(List<ListItem> entries, Provenance provenance) implements Block {
        public Contents { entries = List.copyOf(entries); }
    }

    /** A sidebar or box; it follows the paragraph it belongs to. */
    record Aside(List<Block> content, Provenance provenance) implements Block {
        public Aside { content = List.copyOf(content); }
    }
}
