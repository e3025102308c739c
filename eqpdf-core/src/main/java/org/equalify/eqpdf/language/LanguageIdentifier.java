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
