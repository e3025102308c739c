package org.equalify.eqpdf.pii.recognizer;

/**
 * One recognised value: where it is in the scanned text and how sure the recogniser is. It holds offsets,
 * never the value, so printing it cannot leak the value.
 *
 * @param type   entity type, e.g. {@code EMAIL}
 * @param start  start offset (inclusive) in the scanned text
 * @param end    end offset (exclusive)
 * @param score  confidence 0..1 after context and validation
 * @param reason why, in words that never contain the value
 */
public record Entity(String type, int start, int end, double score, String reason) {
    public Entity {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    public Entity withScore(double s, String why) { return new Entity(type, start, end, s, why); }

    public boolean overlaps(Entity o) { return start < o.end && o.start < end; }
}
