package org.equalify.eqpdf.document;

import java.util.List;

/**
 * The single intermediate form of a converted PDF: metadata, the source pages, the blocks in reading order
 * (with {@link Block.PageBreak} markers where original pages start) and the notes they reference.
 * Markdown and HTML are outputs of this, never inputs.
 */
public record Document(DocumentMetadata metadata, List<PageInfo> pages, List<Block> blocks, List<Note> notes) {
    public Document {
        pages = List.copyOf(pages);
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    public Document withBlocks(List<Block> b) { return new Document(metadata, pages, b, notes); }
    public Document withNotes(List<Note> n) { return new Document(metadata, pages, blocks, n); }
    public Document withMetadata(DocumentMetadata m) { return new Document(m, pages, blocks, notes); }
    public Document withPages(List<PageInfo> p) { return new Document(metadata, p, blocks, notes); }
}
