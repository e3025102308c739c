package org.equalify.eqpdf.extract;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.layout.Word;

/**
 * Reads one page's text layer as positioned, styled words. PDFBox decides where words break; we keep each
 * word's box, font size and style so layout analysis can work on geometry rather than on a text dump.
 */
final class WordCollector extends PDFTextStripper {
    /** Font facts, worked out once per font object: name matching is too slow to repeat per word. */
    private record FontStyle(String name, boolean bold, boolean italic, boolean mono) {}

    private final java.util.Map<PDFont, FontStyle> styles = new java.util.IdentityHashMap<>();

    /** Marks content inside an /Artifact sequence (page furniture the PDF itself declared). */
    static final int ARTIFACT = MarkedContent.ARTIFACT;

    private final List<Word> words = new ArrayList<>();
    private final MarkedContent marked = new MarkedContent();
    private final java.util.Map<TextPosition, Integer> mcidOf = new java.util.IdentityHashMap<>();
    private int unmapped;
    private int glyphs;
    /** Glyphs drawn light, transparent or at a slant: what watermarks are made of. */
    private final java.util.Set<TextPosition> faintGlyphs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Slanted glyphs in drawing order; kept out of PDFBox's line building, which would interleave them with body text. */
    private final List<TextPosition> slanted = new ArrayList<>();
    private final java.util.Set<Word> faintWords = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final java.util.Set<Word> slantedWords = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    WordCollector() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        setAddMoreFormatting(false);
        MarkedContent.listen(this);
        // the text engine ignores fill colours unless told: watermarks are told apart by their light fill
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor(this));
    }

    /** The words of page {@code pageIndex} (0-based), in PDFBox's position order. */
    List<Word> collect(PDDocument doc, int pageIndex) throws IOException {
        words.clear();
        marked.clear();
        mcidOf.clear();
        unmapped = 0;
        glyphs = 0;
        faintGlyphs.clear();
        slanted.clear();
        faintWords.clear();
        slantedWords.clear();
        setStartPage(pageIndex + 1);
        setEndPage(pageIndex + 1);
        writeText(doc, new StringWriter());
        collectSlanted();
        mcidOf.clear();
        faintGlyphs.clear();
        return new ArrayList<>(words);
    }

    /**
     * Words of the last page collected that were drawn light or transparent: candidates for a watermark,
     * which {@link Watermarks} confirms by size and repetition across pages.
     */
    java.util.Set<Word> faintWords() { return copy(faintWords); }

    /** Words of the last page collected that were set at a slant. */
    java.util.Set<Word> slantedWords() { return copy(slantedWords); }

    private static java.util.Set<Word> copy(java.util.Set<Word> s) {
        java.util.Set<Word> c = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        c.addAll(s);
        return c;
    }

    @Override
    public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag, org.apache.pdfbox.cos.COSDictionary properties) {
        marked.begin(tag, properties);
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        marked.end();
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (marked.current() != MarkedContent.NONE) mcidOf.put(text, marked.current());
        if (Watermarks.isFaint(getGraphicsState())) faintGlyphs.add(text);
        if (Watermarks.isSlanted(text.getTextMatrix())) {
            slanted.add(text);
            return;
        }
        super.processTextPosition(text);
    }

    /**
     * Drops blank glyphs drawn over other text before PDFBox sorts the page: report writers pad a cell with
     * spaces that run on under the next cell ("09/10/2015" then twenty spaces, then the next date drawn over
     * them), and sorted by position those spaces would split every word they cover ("0 7 / 1 0 / 2 0 15").
     */
    @Override
    protected void writePage() throws IOException {
        for (List<TextPosition> article : getCharactersByArticle()) dropCoveredBlanks(article);
        super.writePage();
    }

    static void dropCoveredBlanks(List<TextPosition> glyphs) {
        java.util.Map<Integer, List<TextPosition>> inked = new java.util.HashMap<>();
        boolean anyBlank = false;
        for (TextPosition tp : glyphs) {
            if (isBlank(tp)) anyBlank = true;
            else inked.computeIfAbsent(Math.round(tp.getYDirAdj()), k -> new ArrayList<>()).add(tp);
        }
        if (!anyBlank) return;
        glyphs.removeIf(tp -> isBlank(tp) && covered(tp, inked));
    }

    private static boolean isBlank(TextPosition tp) {
        String u = tp.getUnicode();
        return u != null && !u.isEmpty() && u.isBlank();
    }

    /** A blank glyph whose middle lies inside an inked glyph on the same baseline. */
    private static boolean covered(TextPosition blank, java.util.Map<Integer, List<TextPosition>> inked) {
        float mid = blank.getXDirAdj() + blank.getWidthDirAdj() / 2;
        int y = Math.round(blank.getYDirAdj());
        for (int dy = -1; dy <= 1; dy++) {
            for (TextPosition tp : inked.getOrDefault(y + dy, List.of())) {
                if (Math.abs(tp.getYDirAdj() - blank.getYDirAdj()) <= 1 && mid > tp.getXDirAdj() && mid < tp.getXDirAdj() + tp.getWidthDirAdj()) return true;
            }
        }
        return false;
    }

    /** Slanted glyphs become words of their own, one per run of glyphs drawn next to each other. */
    private void collectSlanted() {
        List<TextPosition> run = new ArrayList<>();
        TextPosition prev = null;
        for (TextPosition tp : slanted) {
            if (prev != null && Math.hypot(tp.getX() - prev.getX(), tp.getY() - prev.getY()) > fontSize(prev) * 1.5) {
                addSlanted(run);
                run = new ArrayList<>();
            }
            run.add(tp);
            prev = tp;
        }
        addSlanted(run);
    }

    private void addSlanted(List<TextPosition> run) {
        if (run.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        float size = 0;
        for (TextPosition tp : run) {
            if (tp.getUnicode() != null) sb.append(tp.getUnicode());
            float fs = fontSize(tp);
            size = Math.max(size, fs);
            minX = Math.min(minX, tp.getX());
            maxX = Math.max(maxX, tp.getX() + fs * 0.6);
            top = Math.min(top, tp.getY() - fs * 0.78);
            bottom = Math.max(bottom, tp.getY() + fs * 0.22);
        }
        String text = normalise(sb.toString()).strip();
        if (text.isEmpty()) return;
        Word w = new Word(text, new BoundingBox(minX, top, Math.max(0.1, maxX - minX), Math.max(0.1, bottom - top)),
                size, "", false, false, false, 1.0, mcidOf.getOrDefault(run.get(0), -1));
        words.add(w);
        slantedWords.add(w);
        int faint = 0;
        for (TextPosition tp : run) if (faintGlyphs.contains(tp)) faint++;
        if (faint * 2 > run.size()) faintWords.add(w);
    }

    /** Share of glyphs that had no Unicode mapping on the last page collected. */
    double unmappedShare() { return glyphs == 0 ? 0 : (double) unmapped / glyphs; }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty()) return;
        // A "word" from PDFBox may still contain spaces (e.g. when sortByPosition merges); split on them.
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition tp : positions) {
            glyphs++;
            String u = tp.getUnicode();
            if (u == null || u.isEmpty() || u.indexOf('\uFFFD') >= 0) unmapped++;
            if (u != null && u.isBlank()) {
                flush(run);
            } else {
                if (!run.isEmpty() && isScriptShift(run.get(run.size() - 1), tp)) flush(run);
                run.add(tp);
            }
        }
        flush(run);
    }

    /**
     * A raised, smaller run glued to a word ("method.¹", "x²", "¹See") is a word of its own, so a footnote
     * marker or an exponent can be told from the word it sits on.
     */
    private void flush(List<TextPosition> run) {
        if (run.isEmpty()) return;
        float main = 0;
        double mainBase = 0;
        for (TextPosition tp : run) {
            if (fontSize(tp) > main) {
                main = fontSize(tp);
                mainBase = tp.getYDirAdj();
            }
        }
        // a short raised run is split off: a marker after a word ("word.¹", "표5)는") or before a note's
        // text ("¹See"); raised digits after a digit are a power ("10⁻¹⁹") and stay in their word
        int from = 0;
        for (int i = 0; i < run.size(); ) {
            if (!isRaised(run.get(i), main, mainBase)) {
                i++;
                continue;
            }
            int j = i;
            while (j < run.size() && isRaised(run.get(j), main, mainBase)) j++;
            boolean power = i > 0 && isDigitOrSign(run.get(i - 1)) && isDigitOrSign(run.get(i));
            if (j - i <= 3 && j - i < run.size() && !power) {
                if (i > from) emit(new ArrayList<>(run.subList(from, i)));
                emit(new ArrayList<>(run.subList(i, j)));
                from = j;
            }
            i = j;
        }
        if (from < run.size()) emit(new ArrayList<>(run.subList(from, run.size())));
        run.clear();
    }

    /** Raised digits after a digit make a power (10², 10⁻³), not a marker; "2nd" still splits. */
    private static boolean isDigitOrSign(TextPosition tp) {
        String u = tp.getUnicode();
        return u != null && !u.isEmpty() && (Character.isDigit(u.charAt(0)) || "+-−=×".indexOf(u.charAt(0)) >= 0);
    }

    private static boolean isRaised(TextPosition tp, float main, double mainBase) {
        return fontSize(tp) <= main * 0.85f && tp.getYDirAdj() < mainBase - main * 0.12;
    }

    private void emit(List<TextPosition> run) {
        if (run.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        float size = 0;
        for (TextPosition tp : run) {
            String u = tp.getUnicode();
            if (u != null) sb.append(u);
            float fs = fontSize(tp);
            size = Math.max(size, fs);
            double x = tp.getXDirAdj();
            double base = tp.getYDirAdj();
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x + tp.getWidthDirAdj());
            top = Math.min(top, base - fs * 0.78);
            bottom = Math.max(bottom, base + fs * 0.22);
        }
        String text = normalise(sb.toString());
        if (Rtl.isMostlyRtl(text)) text = Rtl.visualToLogical(text);
        PDFont font = run.get(run.size() / 2).getFont();
        int mcid = mcidOf.getOrDefault(run.get(0), -1);
        int faint = 0;
        for (TextPosition tp : run) if (faintGlyphs.contains(tp)) faint++;
        boolean mostlyFaint = faint * 2 > run.size();
        if (text.isBlank()) return;
        FontStyle style = styles.computeIfAbsent(font, f -> {
            String n = fontName(f);
            return new FontStyle(n, isBold(f, n), isItalic(f, n), isMonospace(f, n));
        });
        Word word = new Word(text, new BoundingBox(minX, top, Math.max(0.1, maxX - minX), Math.max(0.1, bottom - top)),
                size, style.name(), style.bold(), style.italic(), style.mono(), 1.0, mcid);
        words.add(word);
        if (mostlyFaint) faintWords.add(word);
    }

    /**
     * A glyph set smaller and on a raised or lowered baseline after the one before it, or the reverse: a
     * superscript or subscript glued to its base (TeX sets "mc²" without a space). It starts its own word so
     * layout can see its size and position.
     */
    static boolean isScriptShift(TextPosition a, TextPosition b) {
        float sa = fontSize(a), sb = fontSize(b);
        float big = Math.max(sa, sb);
        if (Math.min(sa, sb) > big * 0.8f) return false;
        return Math.abs(a.getYDirAdj() - b.getYDirAdj()) > big * 0.15f;
    }

    private static float fontSize(TextPosition tp) {
        float s = tp.getFontSizeInPt();
        if (s <= 0.5f || Float.isNaN(s)) s = Math.abs(tp.getHeightDir()) / 0.7f;
        return Math.max(1f, Math.min(s, 500f));
    }

    /** NFKC folds ligatures (ﬁ → fi) and presentation forms; soft hyphens are dropped. */
    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF') continue;
            if (Character.isISOControl(c)) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    static String fontName(PDFont font) {
        if (font == null || font.getName() == null) return "";
        String n = font.getName();
        int plus = n.indexOf('+');
        return plus == 6 ? n.substring(7) : n;
    }

    static boolean isBold(PDFont font, String name) {
        String l = name.toLowerCase();
        if (l.contains("bold") || l.contains("black") || l.contains("heavy") || l.contains("semibold")
                || l.contains("demi") || l.matches(".*[-,](bd|b)$") || l.contains("-medi") || l.matches(".*-med$")
                || l.matches("^[a-z]{0,6}bx\\d*$") || l.matches("^(cm|sf|ec|lm|t1)?[a-z]{0,4}bx.*") || l.matches("^(cm|sf)b\\d+$")) return true;
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    static boolean isItalic(PDFont font, String name) {
        String l = name.toLowerCase();
        if (l.contains("italic") || l.contains("oblique") || l.matches(".*[-,](it|i)$")
                || l.matches("^(cm|sf|ec|lm)?(ti|sl|bxti|bxsl|ssi)\\d+$") || l.matches(".*-(ital|regularital|mediital)$")) return true;
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        return d != null && (d.isItalic() || Math.abs(d.getItalicAngle()) > 5);
    }

    static boolean isMonospace(PDFont font, String name) {
        String l = name.toLowerCase();
        if (l.contains("mono") || l.contains("courier") || l.contains("consol") || l.contains("code")
                || l.startsWith("cmtt") || l.contains("inconsolata") || l.contains("menlo")) return true;
        PDFontDescriptor d = font == null ? null : font.getFontDescriptor();
        return d != null && d.isFixedPitch();
    }
}
