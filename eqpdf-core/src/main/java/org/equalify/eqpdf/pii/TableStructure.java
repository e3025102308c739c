package org.equalify.eqpdf.pii;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds tables in plain text lines: runs of three or more lines with the same number of cells (cells split on
 * a tab or 2+ spaces, as layout extraction and OCR give them, or on commas for CSV-like exports). Marks each
 * row with its table and its column headers. Pure: only reads and annotates {@link TextLine}s.
 */
final class TableStructure {
    /** One detected table. */
    record Table(int id, List<TextLine> rows, TextLine header, int columns) {
        List<TextLine> dataRows() {
            return header == null ? rows : rows.subList(1, rows.size());
        }
    }

    private static final Pattern HEADERISH = Pattern.compile("^[A-Za-z#][A-Za-z0-9 #./()&'_-]{0,40}$");
    private static final Pattern HAS_DATA = Pattern.compile("\\d|@");

    private TableStructure() {
    }

    /** Detects tables among the lines of one page (in order) and annotates their rows. */
    static List<Table> detect(List<TextLine> lines, int firstId) {
        csvCells(lines);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).cells.size() < 2) {
                i++;
                continue;
            }
            List<TextLine> block = new ArrayList<>();
            int j = i;
            int gap = 0;
            while (j < lines.size()) {
                TextLine l = lines.get(j);
                if (l.isBlank() && gap == 0 && !block.isEmpty()) {
                    gap++;
                    j++;
                    continue;
                }
                if (l.cells.size() < 2) break;
                block.add(l);
                gap = 0;
                j++;
            }
            if (block.size() >= 3) {
                Table t = build(firstId + tables.size(), block);
                if (t != null) tables.add(t);
            }
            i = Math.max(j, i + 1);
        }
        return tables;
    }

    private static Table build(int id, List<TextLine> block) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : block) counts.merge(l.cells.size(), 1, Integer::sum);
        int columns = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        List<TextLine> rows = block.stream().filter(l -> Math.abs(l.cells.size() - columns) <= (columns >= 4 ? 1 : 0)).toList();
        if (rows.size() < 3) return null;
        TextLine first = rows.get(0);
        boolean header = isHeader(first) && rows.stream().skip(1).anyMatch(r -> HAS_DATA.matcher(r.text).find() || !isHeader(r));
        String[] names = new String[columns];
        if (header) for (int c = 0; c < Math.min(columns, first.cells.size()); c++) names[c] = first.cellText(c);
        for (TextLine r : rows) {
            r.tableId = id;
            r.headers = names;
        }
        return new Table(id, rows, header ? first : null, columns);
    }

    private static boolean isHeader(TextLine l) {
        int ok = 0;
        for (int c = 0; c < l.cells.size(); c++) {
            String t = l.cellText(c);
            if (HEADERISH.matcher(t).matches() && !t.matches(".*\\d{3,}.*")) ok++;
        }
        return ok == l.cells.size();
    }

    /** CSV-like exports: consecutive lines with the same number (2+) of commas and no wide gaps become cells. */
    private static void csvCells(List<TextLine> lines) {
        int i = 0;
        while (i < lines.size()) {
            int commas = commas(lines.get(i));
            int j = i + 1;
            if (commas >= 2) while (j < lines.size() && commas(lines.get(j)) == commas) j++;
            if (commas >= 2 && j - i >= 3) {
                for (int k = i; k < j; k++) lines.get(k).cells = TextLine.splitOn(lines.get(k).text, ',');
            }
            i = j;
        }
    }

    private static int commas(TextLine l) {
        if (l.cells.size() > 1) return -1;
        int n = 0;
        for (int i = 0; i < l.text.length(); i++) if (l.text.charAt(i) == ',') n++;
        return n;
    }
}
