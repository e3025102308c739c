package org.equalify.eqpdf.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a document with its cells (a table row's cells are separated by a tab or 2+ spaces; a CSV-like
 * line is split on commas when its neighbours agree, see {@link TableStructure}). {@code origin} says where
 * the line came from: page text, metadata, an annotation or a form field.
 */
final class TextLine {
    enum Origin { PAGE, METADATA, ANNOTATION, FORM_FIELD }

    record Cell(int start, int end) {
    }

    private static final Pattern CELL_GAP = Pattern.compile("\\t+|\\s{2,}");

    final int page;
    final int index;
    final String text;
    final Origin origin;
    List<Cell> cells;
    /** Column header text for each cell when the line is a table row, else null. */
    String[] headers;
    boolean staff;
    boolean citation;
    boolean heading;
    int tableId = -1;

    TextLine(int page, int index, String text, Origin origin) {
        this.page = page;
        this.index = index;
        this.text = text;
        this.origin = origin;
        this.cells = splitCells(text);
    }

    static List<Cell> splitCells(String text) {
        List<Cell> out = new ArrayList<>();
        Matcher m = CELL_GAP.matcher(text);
        int pos = 0;
        while (m.find()) {
            addTrimmed(text, pos, m.start(), out);
            pos = m.end();
        }
        addTrimmed(text, pos, text.length(), out);
        return out;
    }

    static List<Cell> splitOn(String text, char sep) {
        List<Cell> out = new ArrayList<>();
        int pos = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == sep) {
                addTrimmed(text, pos, i, out);
                pos = i + 1;
            }
        }
        return out;
    }

    private static void addTrimmed(String text, int s, int e, List<Cell> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Cell(s, e));
    }

    String cellText(int i) {
        Cell c = cells.get(i);
        return text.substring(c.start(), c.end());
    }

    boolean isBlank() { return text.isBlank(); }
}
