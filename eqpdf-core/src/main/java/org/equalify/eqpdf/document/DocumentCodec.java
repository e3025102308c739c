package org.equalify.eqpdf.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Document ⇄ JSON, so pipeline snapshots can be stored between batch steps and written for review
 * ({@code --snapshots}). Images travel as base64. The model stays free of JSON annotations: types are
 * declared here through mix-ins. Thread-safe.
 */
public final class DocumentCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Block.class, BlockTypes.class)
            .addMixIn(Inline.class, InlineTypes.class)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentCodec() { }

    public static byte[] toJson(Document doc) {
        try {
            return MAPPER.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise document", e);
        }
    }

    public static Document fromJson(byte[] json) {
        try {
            return MAPPER.readValue(json, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not a document snapshot", e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = Block.DefinitionList.class, name = "definitions"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Figure.class, name = "figure"),
        @JsonSubTypes.Type(value = Block.CodeBlock.class, name = "code"),
        @JsonSubTypes.Type(value = Block.Formula.class, name = "formula"),
        @JsonSubTypes.Type(value = Block.PageBreak.class, name = "pagebreak"),
        @JsonSubTypes.Type(value = Block.Contents.class, name = "contents"),
        @JsonSubTypes.Type(value = Block.Aside.class, name = "aside")
    })
    private interface BlockTypes { }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Inline.Emphasis.class, name = "em"),
        @JsonSubTypes.Type(value = Inline.Strong.class, name = "strong"),
        @JsonSubTypes.Type(value = Inline.Link.class, name = "link"),
        @JsonSubTypes.Type(value = Inline.Code.class, name = "code"),
        @JsonSubTypes.Type(value = Inline.NoteRef.class, name = "noteref"),
        @JsonSubTypes.Type(value = Inline.PageMarker.class, name = "pagemarker"),
        @JsonSubTypes.Type(value = Inline.Sub.class, name = "sub"),
        @JsonSubTypes.Type(value = Inline.Sup.class, name = "sup"),
        @JsonSubTypes.Type(value = Inline.Lang.class, name = "lang"),
        @JsonSubTypes.Type(value = Inline.Math.class, name = "math"),
        @JsonSubTypes.Type(value = Inline.LineBreak.class, name = "br")
    })
    private interface InlineTypes { }
}
