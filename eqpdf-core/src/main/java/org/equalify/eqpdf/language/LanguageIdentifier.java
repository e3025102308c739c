package org.equalify.eqpdf.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of text with OpenNLP's 103-language model (from Maven Central, loaded once from the
 * classpath) and answers BCP 47 tags. Thread-safe: the model is shared, each thread gets its own detector.
 */
public final class LanguageIdentifier {
    /** A detection with its probability. */
    public record Guess(String tag, double confidence) {}

    private static final Map<String, String> ISO3_TO_BCP47 = buildIso3Map();
    private final ThreadLocal<LanguageDetectorME> detector;

    private LanguageIdentifier(LanguageDetectorModel model) {
        this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** Loads the model; call once and share the instance. */
    public static LanguageIdentifier load() {
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the classpath");
            return new LanguageIdentifier(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language model", e);
        }
    }

    /** The most likely language of {@code text}; text is truncated to keep detection cheap. */
    public Guess detect(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Language best = detector.get().predictLanguage(sample);
        return new Guess(toBcp47(best.getLang()), best.getConfidence());
    }

    /**
     * The main language of {@code text}, weighing the language the PDF declares: the declaration wins while the
     * text makes it plausible (at least a tenth as likely as the best guess); otherwise the detection wins.
     * Latin is never chosen unless declared: in course materials it means lorem-ipsum filler, not Latin.
     */
    public Guess decide(String text, String declared) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        Language[] all = detector.get().predictLanguages(sample);
        String declaredTag = normaliseDeclared(declared);
        if (all.length > 0 && "lat".equals(all[0].getLang()) && declaredTag == null) {
            // filler text: no evidence of any real language; English is the likeliest context
            return new Guess("en", 0);
        }
        Language best = null;
        for (Language l : all) {
            if (!"lat".equals(l.getLang()) || "la".equals(declaredTag)) {
                best = l;
                break;
            }
        }
        if (best == null) return new Guess(declaredTag != null ? declaredTag : "en", 0);
        if (declaredTag != null) {
            String primary = declaredTag.contains("-") ? declaredTag.substring(0, declaredTag.indexOf('-')) : declaredTag;
            for (Language l : all) {
                if (toBcp47(l.getLang()).equals(primary) && l.getConfidence() >= best.getConfidence() * 0.1) {
                    return new Guess(declaredTag, l.getConfidence());
                }
            }
        }
        return new Guess(toBcp47(best.getLang()), best.getConfidence());
    }

    /** A declared language as a BCP 47 tag: "en-US" stays, "English" becomes "en", junk becomes null. */
    public static String normaliseDeclared(String declared) {
        if (declared == null) return null;
        String d = declared.strip().replace('_', '-');
        if (d.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            String[] parts = d.split("-");
            StringBuilder sb = new StringBuilder(parts[0].toLowerCase());
            for (int i = 1; i < parts.length; i++) {
                sb.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase() : parts[i]);
            }
            String tag = sb.toString();
            String primary = parts[0].toLowerCase();
            if (primary.length() == 3) {
                String two = ISO3_TO_BCP47.get(primary);
                if (two != null) tag = two + tag.substring(3);
            }
            return tag;
        }
        for (String two : Locale.getISOLanguages()) {
            if (new Locale(two).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(d)) return two;
        }
        return null;
    }

    /** Maps OpenNLP's ISO 639-3 codes to the shortest BCP 47 tag. */
    public static String toBcp47(String iso3) {
        String t = ISO3_TO_BCP47.get(iso3);
        return t != null ? t : iso3;
    }

    private static Map<String, String> buildIso3Map() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(new Locale(two).getISO3Language(), two);
            } catch (RuntimeException ignored) { }
        }
        // macrolanguage members the model uses
        m.put("cmn", "zh"); m.put("yue", "zh"); m.put("pes", "fa"); m.put("prs", "fa"); m.put("arb", "ar");
        m.put("zsm", "ms"); m.put("zlm", "ms"); m.put("lvs", "lv"); m.put("ekk", "et"); m.put("uzn", "uz");
        m.put("swh", "sw"); m.put("azj", "az"); m.put("khk", "mn"); m.put("npi", "ne"); m.put("ory", "or");
        m.put("pbu", "ps"); m.put("plt", "mg"); m.put("nob", "nb"); m.put("nno", "nn"); m.put("als", "sq");
        m.put("gug", "gn"); m.put("quz", "qu"); m.put("ydd", "yi"); m.put("est", "et"); m.put("fas", "fa");
        m.put("zho", "zh"); m.put("msa", "ms"); m.put("ara", "ar"); m.put("lav", "lv"); m.put("nor", "no");
        return m;
    }
}
