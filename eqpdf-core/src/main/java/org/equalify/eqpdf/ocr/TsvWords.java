package org.equalify.eqpdf.ocr;

import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Tesseract's TSV output into {@link Word}s. Pure: text in, words out.
 * Rows are {@code level page block par line word left top width height conf text}; level 4 is a line,
 * level 5 a word.
 */
final class TsvWords {
    /** Measured on 8–14 pt serif scans: Tesseract's line box (ascender to descender ink) is about 0.95 em. */
    static final double LINE_HEIGHT_TO_FONT_SIZE = 1.0 / 0.95;

    /** Words below this confidence (0..1) are dropped as noise. */
    static final double NOISE_CONFIDENCE = 0.2;

    private TsvWords() {
    }

    /** What one Tesseract run gave for a page. */
    record Recognition(List<Word> words, double meanConfidence, List<LowConfidenceRegion> lowConfidence) {
        static final Recognition EMPTY = new Recognition(List.of(), 0, List.of());

        /** A score to compare attempts at the same page (orientations): confident text wins over noise. */
        double score() {
            double chars = 0;
            for (Word w : words) chars += w.text().length() * w.confidence();
            return chars * meanConfidence;
        }
    }

    /**
     * @param tsv   Tesseract's TSV output
     * @param scale points per pixel (72 / dpi)
     */
    static Recognition parse(String tsv, double scale) {
        Map<String, Integer> lineHeights = new HashMap<>();
        List<String[]> wordRows = new ArrayList<>();
        for (String row : tsv.split("\r?\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !isInt(f[0])) continue; // header or truncated row
            if (f[0].equals("4")) lineHeights.put(lineKey(f), Integer.parseInt(f[9]));
            else if (f[0].equals("5") && !f[11].isBlank() && !isNoise(f)) wordRows.add(f);
        }
        List<Word> words = new ArrayList<>(wordRows.size());
        List<LowConfidenceRegion> low = new ArrayList<>();
        String runLine = null;
        BoundingBox runBox = null;
        double runConf = 0;
        int runCount = 0;
        double confSum = 0;
        for (String[] f : wordRows) {
            double conf = Math.max(0, Math.min(100, Double.parseDouble(f[10]))) / 100.0;
            BoundingBox box = new BoundingBox(Integer.parseInt(f[6]) * scale, Integer.parseInt(f[7]) * scale,
                    Integer.parseInt(f[8]) * scale, Integer.parseInt(f[9]) * scale);
            String key = lineKey(f);
            int lineHeightPx = lineHeights.getOrDefault(key, Integer.parseInt(f[9]));
            float fontSize = (float) (Math.round(lineHeightPx * scale * LINE_HEIGHT_TO_FONT_SIZE * 2) / 2.0);
            words.add(new Word(f[11].strip(), box, fontSize, "", false, false, false, conf, -1));
            confSum += conf;

            boolean isLow = conf < OcrEngine.LOW_CONFIDENCE;
            if (runCount > 0 && (!isLow || !key.equals(runLine))) {
                low.add(new LowConfidenceRegion(runBox, runConf / runCount, runCount));
                runCount = 0;
            }
            if (isLow) {
                if (runCount == 0) {
                    runLine = key;
                    runBox = box;
                    runConf = 0;
                } else {
                    runBox = runBox.union(box);
                }
                runConf += conf;
                runCount++;
            }
        }
        if (runCount > 0) low.add(new LowConfidenceRegion(runBox, runConf / runCount, runCount));
        double mean = words.isEmpty() ? 0 : confSum / words.size();
        return new Recognition(words, mean, low);
    }

    /**
     * Marks from pictures and rules that Tesseract reads as words: almost no confidence, or low confidence
     * without a single letter or digit ("|", "~~", "—=").
     */
    static boolean isNoise(String[] f) {
        double conf;
        try {
            conf = Double.parseDouble(f[10]);
        } catch (NumberFormatException e) {
            return true;
        }
        if (conf < NOISE_CONFIDENCE * 100) return true;
        return conf < OcrEngine.LOW_CONFIDENCE * 100 && f[11].codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static String lineKey(String[] f) {
        return f[1] + '/' + f[2] + '/' + f[3] + '/' + f[4];
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
