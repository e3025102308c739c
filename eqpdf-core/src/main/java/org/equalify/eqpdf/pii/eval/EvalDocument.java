package org.equalify.eqpdf.pii.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One labelled evaluation document before rendering. A line whose cells are separated by tabs is drawn as a
 * table row (cells at column positions); other lines are drawn as text and wrapped.
 *
 * @param id            file stem, e.g. {@code clean-07-bibliography}
 * @param studentRecord the label: true when the document carries a student record
 * @param kind          what sort of document it is (syllabus, roster...)
 * @param pages         each page's lines
 * @param metadata      document information entries
 * @param formFields    AcroForm fields (name to value; empty value = blank field)
 * @param annotations   text annotations (sticky notes) on page 1
 * @param scanned       render the pages as images only (no text layer), like a scan
 */
public record EvalDocument(String id, boolean studentRecord, String kind, List<List<String>> pages,
                           Map<String, String> metadata, Map<String, String> formFields, List<String> annotations,
                           boolean scanned) {

    /** Starts a document; used by the built-in set and by tests. */
    public static Builder builder(String id, boolean record, String kind) {
        return new Builder(id, record, kind);
    }

    public static final class Builder {
        private final String id;
        private final boolean record;
        private final String kind;
        private final List<List<String>> pages = new ArrayList<>();
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, String> fields = new LinkedHashMap<>();
        private final List<String> annotations = new ArrayList<>();
        private boolean scanned;

        private Builder(String id, boolean record, String kind) {
            this.id = id;
            this.record = record;
            this.kind = kind;
            pages.add(new ArrayList<>());
        }

        public Builder line(String... lines) {
            for (String l : lines) pages.get(pages.size() - 1).add(l);
            return this;
        }

        public Builder row(String... cells) {
            return line(String.join("\t", cells));
        }

        public Builder blank() {
            return line("");
        }

        public Builder newPage() {
            pages.add(new ArrayList<>());
            return this;
        }

        public Builder meta(String key, String value) {
            metadata.put(key, value);
            return this;
        }

        public Builder field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        public Builder annotation(String text) {
            annotations.add(text);
            return this;
        }

        public Builder scanned() {
            scanned = true;
            return this;
        }

        public EvalDocument build() {
            return new EvalDocument(id, record, kind, pages.stream().map(List::copyOf).toList(), metadata, fields,
                    annotations, scanned);
        }
    }
}
