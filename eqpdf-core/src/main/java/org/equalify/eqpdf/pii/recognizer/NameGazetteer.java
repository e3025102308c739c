package org.equalify.eqpdf.pii.recognizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * First and last names for the dictionary name finder. Read once from the classpath: datafaker's
 * {@code en/name.yml} (Apache-2.0; about 5,500 first and 470 last names) plus the most frequent US Census
 * surnames (public domain) shipped with this package. Nothing is downloaded.
 */
public final class NameGazetteer {
    private static final String DATAFAKER_NAMES = "en/name.yml";
    private static final String SURNAMES = "/org/equalify/eqpdf/pii/common-surnames.txt";
    private static final String STOPWORDS = "/org/equalify/eqpdf/pii/name-stopwords.txt";

    private final Set<String> firstNames;
    private final Set<String> lastNames;
    private final Set<String> ambiguous;

    private NameGazetteer(Set<String> first, Set<String> last, Set<String> ambiguous) {
        this.firstNames = Set.copyOf(first);
        this.lastNames = Set.copyOf(last);
        this.ambiguous = Set.copyOf(ambiguous);
    }

    /** Loads the bundled lists from the classpath. */
    public static NameGazetteer load() {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        ClassLoader cl = NameGazetteer.class.getClassLoader();
        try (InputStream in = cl.getResourceAsStream(DATAFAKER_NAMES)) {
            if (in == null) throw new IllegalStateException("name list " + DATAFAKER_NAMES + " is not on the classpath (datafaker jar missing)");
            readYaml(in, first, last);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the name list", e);
        }
        last.addAll(words(SURNAMES));
        Set<String> stop = words(STOPWORDS);
        return new NameGazetteer(first, last, stop);
    }

    private static void readYaml(InputStream in, Set<String> first, Set<String> last) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> target = null;
        for (String line; (line = r.readLine()) != null; ) {
            String t = line.trim();
            if (t.endsWith(":") && !t.startsWith("-")) {
                String key = t.substring(0, t.length() - 1);
                target = switch (key) {
                    case "male_first_name", "female_first_name" -> first;
                    case "last_name" -> last;
                    default -> null;
                };
            } else if (target != null && t.startsWith("- ")) {
                String v = t.substring(2).trim().replace("\"", "").replace("'", "'");
                if (!v.startsWith("#{") && !v.isEmpty()) target.add(norm(v));
            }
        }
    }

    private static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameGazetteer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#")) continue;
                for (String w : line.trim().split("\\s+")) if (!w.isEmpty()) out.add(norm(w));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
        return out;
    }

    /** Lookup key: lower case, apostrophes dropped. */
    static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    }

    public boolean isFirstName(String token) { return firstNames.contains(norm(token)); }

    public boolean isLastName(String token) { return lastNames.contains(norm(token)); }

    /** A first name that is also an ordinary word, month, place or course word ("Will", "May", "Grace"). */
    public boolean isAmbiguous(String token) { return ambiguous.contains(norm(token)); }

    /** First name, not ambiguous. */
    public boolean isClearFirstName(String token) { return isFirstName(token) && !isAmbiguous(token); }

    public Set<String> firstNames() { return firstNames; }

    public Set<String> lastNames() { return lastNames; }

    public int size() { return firstNames.size() + lastNames.size(); }
}
