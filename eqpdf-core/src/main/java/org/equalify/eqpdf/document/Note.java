package org.equalify.eqpdf.document;

import java.util.List;

/**
 * A footnote or endnote. {@code id} is its anchor ("fn1"); {@code label} is the marker printed in the PDF.
 */
public record Note(String id, String label, List<Inline> content, Provenance provenance) {
    public Note { content = List.copyOf(content); }
}
