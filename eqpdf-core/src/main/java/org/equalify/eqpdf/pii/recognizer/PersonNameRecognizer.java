package org.equalify.eqpdf.pii.recognizer;

import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names without a person-name model: OpenNLP's sentence detector and tokenizer split the text, OpenNLP's
 * {@link DictionaryNameFinder} marks tokens found in the first- and last-name gazetteers, and runs of
 * capitalised tokens around them become candidate names. The POS tagger (run only when there is a candidate)
 * discounts candidates it does not tag as proper nouns. Also handles "Last, First" and titles ("Dr. Okafor").
 */
public final class PersonNameRecognizer implements Recognizer {
    private static final Pattern NAMEISH = Pattern.compile("^[A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*$");
    private static final Pattern ALLCAPS = Pattern.compile("^[A-Z][A-Z'\u2019-]{1,20}$");
    private static final Pattern INITIAL = Pattern.compile("^[A-Z]\\.?$");
    private static final Pattern CANDIDATE = Pattern.compile("(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Miss)\\.?\\s+)?[A-Z][\\p{L}'\u2019-]*\\.?"
            + "(?:,?\\s+(?:[A-Z][\\p{L}'\u2019-]*\\.?|de|van|von|da|del|di|la|le|bin|al|dos|das|der|du)(?=[\\s,.;:)]|$))*");
    private static final Pattern LAST_FIRST = Pattern.compile(
            "(?<![\\w'-])([A-Z][A-Za-z'\u2019-]*[a-z][A-Za-z'\u2019-]*),\\s+([A-Z][a-z][A-Za-z'\u2019-]*)(\\s+[A-Z]\\.?(?![\\w]))?");
    private static final Set<String> TITLES = Set.of("dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "miss", "mx", "mx.");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "da", "del", "di", "la", "le", "bin",
            "al", "dos", "das", "der", "ten", "ter", "du");
    private static final Set<String> NOT_NAME_PARTS = Set.copyOf(java.util.Arrays.asList("university", "college", "hall", "street", "avenue",
            "department", "dept", "center", "centre", "school", "institute", "library", "course", "class", "office",
            "room", "building", "lab", "laboratory", "exam", "midterm", "final", "quiz", "syllabus", "grade",
            "grades", "reading", "readings", "policy", "introduction", "the", "this", "that", "these", "week",
            "unit", "chapter", "section", "module", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "july", "september", "october", "november",
            "december", "student", "students", "instructor", "teaching", "assistant", "hours", "name", "id",
            "email", "phone", "date", "total", "score", "points", "team", "group", "project", "homework", "lecture",
            "notes", "review", "required", "optional", "a", "an", "and", "of", "in", "on", "for", "to", "with",
            "by", "from", "at", "or", "is", "as", "if", "it", "we", "you", "i", "our", "your", "my", "his", "her",
            "their", "its", "be", "not", "no", "yes", "all", "any", "each", "every", "some", "company", "inc",
            "corp", "press", "journal", "review", "society", "association", "press", "river", "war", "act",
            "revolution", "empire", "state", "states", "united", "national", "american", "british", "french",
            "english", "spanish", "german", "chinese", "african", "european", "north", "south", "east", "west",
            "new", "old", "great", "dear", "sincerely", "regards", "thank", "thanks", "please", "note", "figure",
            "table", "appendix", "part", "volume", "vol", "edition", "ed", "eds", "pp", "press", "gpa", "term",
            "fall", "spring", "summer", "winter", "semester", "credits", "credit", "transcript", "signature",
            "comments", "feedback", "present", "absent", "late", "excused", "attendance", "roster", "ta", "tas",
            "resources", "resource", "services", "service", "affairs", "studies", "program", "programs", "council",
            "committee", "board", "foundation", "hospital", "clinic", "museum", "bank", "agency", "ministry", "office",
            "centre", "lab", "labs", "hall", "park", "county", "city", "district", "senate", "house", "court", "church"));

    private final NameGazetteer gazetteer;
    private final ThreadLocal<Tools> tools;

    /** The per-thread ME tools (not thread-safe) and a memo of analysed regions (names repeat in a document). */
    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME pos,
                         DictionaryNameFinder first, DictionaryNameFinder last, java.util.Map<String, List<Entity>> cache) {
    }

    public PersonNameRecognizer(NameGazetteer gazetteer, NlpModels models) {
        this.gazetteer = gazetteer;
        opennlp.tools.dictionary.Dictionary firstDict = dictionary(gazetteer.firstNames());
        opennlp.tools.dictionary.Dictionary lastDict = dictionary(gazetteer.lastNames());
        this.tools = ThreadLocal.withInitial(() -> new Tools(new SentenceDetectorME(models.sentenceModel()),
                new TokenizerME(models.tokenizerModel()), new POSTaggerME(models.posModel()),
                new DictionaryNameFinder(firstDict, "FIRST"), new DictionaryNameFinder(lastDict, "LAST"), new java.util.HashMap<>()));
    }

    private static opennlp.tools.dictionary.Dictionary dictionary(Set<String> names) {
        opennlp.tools.dictionary.Dictionary d = new opennlp.tools.dictionary.Dictionary(false);
        for (String n : names) d.put(new StringList(n));
        return d;
    }

    public NameGazetteer gazetteer() { return gazetteer; }

    @Override
    public String entityType() { return "PERSON"; }

    @Override
    public List<Entity> recognize(String text, String context) {
        List<Entity> out = new ArrayList<>();
        lastFirst(text, out);
        Tools t = tools.get();
        Span[] sentences = text.length() > 120 ? t.sentences().sentPosDetect(text) : new Span[]{new Span(0, text.length())};
        for (Span s : sentences) {
            String sentence = text.substring(s.getStart(), s.getEnd());
            // Only capitalised runs with a gazetteer name or a title go through the (costly) tokenizer and tagger,
            // each with one word of context either side.
            Matcher cand = CANDIDATE.matcher(sentence);
            while (cand.find()) {
                if (!worthTagging(cand.group())) continue;
                int from = wordBefore(sentence, cand.start());
                int to = wordAfter(sentence, cand.end());
                regionNames(t, sentence.substring(from, to), s.getStart() + from, out);
            }
        }
        // keep the strongest of overlapping candidates ("Last, First" against a plain run)
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        List<Entity> kept = new ArrayList<>();
        for (Entity e : out) {
            if (PatternRecognizer.overlapsAny(taken, e.start(), e.end())) continue;
            taken.put(e.start(), e.end());
            kept.add(e);
        }
        out = kept;
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private void regionNames(Tools t, String region, int offset, List<Entity> out) {
        List<Entity> found = t.cache().get(region);
        if (found == null) {
            found = new ArrayList<>();
            analyseRegion(t, region, found);
            if (t.cache().size() > 4096) t.cache().clear();
            t.cache().put(region, List.copyOf(found));
        }
        for (Entity e : found) {
            Entity shifted = new Entity(e.type(), e.start() + offset, e.end() + offset, e.score(), e.reason());
            // regions arrive left to right: only the last few found can overlap
            out.add(shifted);
        }
    }

    /** Names in one short region, offsets relative to the region. */
    private void analyseRegion(Tools t, String region, List<Entity> out) {
        int offset = 0;
        Span[] tokenSpans = t.tokenizer().tokenizePos(region);
        if (tokenSpans.length == 0) return;
        String[] tokens = Span.spansToStrings(tokenSpans, region);
        String[] keys = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) keys[i] = NameGazetteer.norm(tokens[i]);
        boolean[] first = mark(t.first().find(keys), tokens.length);
        boolean[] last = mark(t.last().find(keys), tokens.length);
        String[][] tags = new String[1][];
        for (int[] run : runs(tokens, first, last)) {
            Entity e = scoreRun(tokens, tokenSpans, run[0], run[1], first, last, offset, () -> {
                if (tags[0] == null) tags[0] = t.pos().tag(tokens);
                return tags[0];
            });
            if (e != null && out.stream().noneMatch(e::overlaps)) out.add(e);
        }
    }

    private boolean worthTagging(String run) {
        String[] words = run.split("[\\s]+");
        int nameish = 0;
        for (String w : words) {
            String bare = w.replaceAll("[.,;:]+$", "");
            if (isTitle(w) || isTitle(bare) || gazetteer.isFirstName(bare) || gazetteer.isLastName(bare)) return true;
            if (NAMEISH.matcher(bare).matches() && !NOT_NAME_PARTS.contains(bare.toLowerCase(Locale.ROOT))) nameish++;
        }
        // two or three capitalised words, none a course or place word: maybe a name the gazetteer lacks
        return words.length >= 2 && words.length <= 3 && nameish == words.length;
    }

    private static int wordBefore(String s, int i) {
        int j = i;
        while (j > 0 && Character.isWhitespace(s.charAt(j - 1))) j--;
        while (j > 0 && !Character.isWhitespace(s.charAt(j - 1))) j--;
        return j;
    }

    private static int wordAfter(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) j++;
        return j;
    }

    private void lastFirst(String text, List<Entity> out) {
        Matcher m = LAST_FIRST.matcher(text);
        while (m.find()) {
            String lastName = m.group(1), firstName = m.group(2);
            if (NOT_NAME_PARTS.contains(lastName.toLowerCase(Locale.ROOT))
                    || NOT_NAME_PARTS.contains(firstName.toLowerCase(Locale.ROOT))) continue;
            boolean f = gazetteer.isFirstName(firstName);
            boolean l = gazetteer.isLastName(lastName);
            // "Smith, J." in a bibliography is an author; "Smith, John" anywhere is a name
            if (f && (l || !gazetteer.isAmbiguous(firstName))) {
                out.add(new Entity("PERSON", m.start(), m.end(), l ? 0.85 : 0.75, "\"Last, First\" with a gazetteer first name"));
            }
        }
    }

    private static boolean[] mark(Span[] spans, int n) {
        boolean[] b = new boolean[n];
        for (Span s : spans) for (int i = s.getStart(); i < s.getEnd() && i < n; i++) b[i] = true;
        return b;
    }

    /** Maximal runs [start, end) of name-like tokens (capitalised words, initials, inner particles, titles). */
    private List<int[]> runs(String[] tokens, boolean[] first, boolean[] last) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (!namePart(tokens[i], first[i] || last[i]) && !isTitle(tokens[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.length) {
                String tok = tokens[j];
                if (namePart(tok, first[j] || last[j])) j++;
                else if (tok.equals(".") && INITIAL.matcher(tokens[j - 1]).matches()) j++;
                else if (PARTICLES.contains(tok) && j + 1 < tokens.length && namePart(tokens[j + 1], false)) j++;
                else break;
            }
            if (j - i > 4) {
                // a long capitalised run is usually a title; keep only windows that start at a clear first name
                for (int k = i; k < j; k++) {
                    if (first[k] && gazetteer.isClearFirstName(tokens[k])) {
                        out.add(new int[]{k, Math.min(j, k + 3)});
                        k += 2;
                    }
                }
            } else {
                out.add(new int[]{i, j});
            }
            i = j;
        }
        return out;
    }

    private boolean namePart(String tok, boolean inGazetteer) {
        if (NOT_NAME_PARTS.contains(tok.toLowerCase(Locale.ROOT))) return false;
        if (NAMEISH.matcher(tok).matches() || INITIAL.matcher(tok).matches()) return true;
        return inGazetteer && ALLCAPS.matcher(tok).matches();
    }

    private static boolean isTitle(String tok) { return TITLES.contains(tok.toLowerCase(Locale.ROOT)); }

    private Entity scoreRun(String[] tokens, Span[] spans, int a, int b, boolean[] first, boolean[] last,
                            int offset, java.util.function.Supplier<String[]> tags) {
        boolean title = false;
        while (a < b && (isTitle(tokens[a]) || tokens[a].equals("."))) {
            title = true;
            a++;
        }
        // drop a trailing lone initial's dot and trailing particles
        while (b > a && (tokens[b - 1].equals(".") || PARTICLES.contains(tokens[b - 1]))) b--;
        if (a >= b) return null;
        int words = 0;
        for (int k = a; k < b; k++) if (!INITIAL.matcher(tokens[k]).matches() && !tokens[k].equals(".")) words++;
        if (words == 0) return null;
        String f = tokens[a], l = tokens[b - 1];
        boolean clearFirst = first[a] && gazetteer.isClearFirstName(f);
        boolean anyFirst = first[a];
        boolean isLast = b - a >= 2 && last[b - 1];
        double score;
        String why;
        if (words >= 2 || (b - a >= 2 && INITIAL.matcher(f).matches())) {
            if (clearFirst && isLast) { score = 0.9; why = "gazetteer first and last name"; }
            else if (title && isLast) { score = 0.85; why = "title with a gazetteer surname"; }
            else if (clearFirst) { score = 0.75; why = "gazetteer first name with a capitalised surname"; }
            else if (title) { score = 0.75; why = "title with a capitalised name"; }
            else if (anyFirst && isLast) { score = 0.7; why = "first and last name from the gazetteer"; }
            else if (isLast && INITIAL.matcher(f).matches()) { score = 0.7; why = "initial with a gazetteer surname"; }
            else if (isLast) { score = 0.5; why = "capitalised word with a gazetteer surname"; }
            else if (anyFirst) { score = 0.45; why = "ambiguous first name with a capitalised word"; }
            else if (words <= 3 && allProper(tags.get(), a, b)) { score = 0.3; why = "proper nouns without a gazetteer match"; }
            else return null;
        } else {
            if (title) { score = 0.7; why = "title with a capitalised name"; }
            else if (clearFirst) { score = 0.4; why = "lone gazetteer first name"; }
            else if (last[a] && !gazetteer.isAmbiguous(f)) { score = 0.25; why = "lone gazetteer surname"; }
            else return null;
        }
        boolean confident = title || score >= 0.85 || (clearFirst && words >= 2);
        if (!confident && !allProper(tags.get(), a, b) && !isAllCaps(tokens, a, b)) {
            score *= 0.6;
            why += ", not tagged as proper noun";
        }
        int start = offset + spans[a].getStart();
        int end = offset + spans[b - 1].getEnd();
        return new Entity("PERSON", start, end, round(score), why);
    }

    private static boolean isAllCaps(String[] tokens, int a, int b) {
        for (int k = a; k < b; k++) if (!ALLCAPS.matcher(tokens[k]).matches() && !INITIAL.matcher(tokens[k]).matches()) return false;
        return true;
    }

    private static boolean allProper(String[] tags, int a, int b) {
        int proper = 0, n = 0;
        for (int k = a; k < b; k++) {
            n++;
            String t = tags[k];
            if (t.startsWith("NNP") || t.equals("PROPN")) proper++;
        }
        return proper * 2 >= n;
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }
}
