package org.equalify.eqpdf.layout;

import java.util.List;

/** The text of a code block, laid out or tagged, with its indentation. */
public final class CodeText {
    private CodeText() { }

    /** Code keeps its indentation: x offsets become spaces at the font's character width. */
    public static String of(List<Line> lines) {
        double minX = Double.MAX_VALUE, charW = 0;
        int n = 0;
        for (Line l : lines) {
            minX = Math.min(minX, l.box().x());
            for (Word w : l.words()) {
                if (w.text().length() > 0) {
                    charW += w.box().width() / w.text().length();
                    n++;
                }
            }
        }
        charW = n == 0 ? 6 : charW / n;
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (sb.length() > 0) sb.append('\n');
            double cursor = minX;
            boolean first = true;
            for (Word w : l.words()) {
                int spaces = (int) Math.round((w.box().x() - cursor) / charW);
                if (!first) spaces = Math.max(1, spaces);
                sb.append(" ".repeat(Math.max(0, spaces))).append(w.text());
                cursor = w.box().right();
                first = false;
            }
        }
        return sb.toString();
    }
}
