package org.equalify.eqpdf.pii;

import org.equalify.eqpdf.pii.recognizer.Entity;
import org.equalify.eqpdf.pii.recognizer.NameGazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a line into a snippet safe to show a reviewer: every recognised value is masked and labelled
 * ({@code J*** D** (PERSON)}), and as a second fence any remaining long digit run, e-mail-like token or
 * gazetteer name is masked too, so a value a recogniser missed still does not leak. Grades stay readable.
 */
final class Redactor {
    private static final Pattern DIGITS = Pattern.compile("\\d[\\d -]{3,}\\d");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern AT_TOKEN = Pattern.compile("\\S+@\\S+");
    private static final Pattern CAP_WORD = Pattern.compile("(?<![\\w*])[A-Z][a-z'\u2019-]+(?![\\w*])");
    private static final Pattern CAPS_WORD = Pattern.compile("(?<![\\w*])[A-Z]{3,}(?![\\w*])");
    private static final int MAX = 160;
    private static final java.util.Set<String> SAFE_WORDS = java.util.Set.copyOf(java.util.Arrays.asList((
            "a an the this that these those i we you he she they it my our your his her their its of in on at to for from "
            + "by with and or but not no yes if as is are was be been will would should can may must all any each every "
            + "some one two three first second third final midterm exam exams quiz quizzes homework hw assignment "
            + "assignments project projects lab labs essay paper report grade grades grading score scores total points pts "
            + "gpa cumulative term semester fall spring summer winter course courses class section team group member "
            + "members name names student students instructor professor prof dr mr ms mrs mx ta tas teaching assistant "
            + "office hours email e-mail phone tel address date birth dob id uin sid major minor program department "
            + "university college school comments comment feedback overall thesis evidence analysis style excellent good "
            + "strong weak needs work see me please thank thanks dear sincerely regards best warm respectfully re "
            + "letter recommendation reference accommodation accommodations accommodations extended time testing "
            + "disability resources services office confidential present absent late excused attendance roster "
            + "transcript academic standing credits credit title signature week weeks unit chapter notes lecture "
            + "introduction conclusion summary review discussion questions question problem problems answer answers "
            + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
            + "august september october november december payroll employee position start ssn social security "
            + "emergency contact participant passport country advisor advising probation incident reported course "
            + "student's students' reviewer reviewee contribution reliable missed meetings group capstone meet "
            + "choose topic sign-in sheet review session unofficial official admit biology history psychology "
            + "chemistry physics economics english mathematics math computer science statistics undeclared "
            + "author title subject keywords creator producer xmp annotation form field").split(" ")));

    private final NameGazetteer gazetteer;

    Redactor(NameGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param text     the line
     * @param entities entities found in it (offsets into text)
     * @param focus    offset to centre the snippet on
     */
    String redact(String text, List<Entity> entities, int focus) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(Entity::start).thenComparing(Comparator.comparingInt(Entity::end).reversed()));
        StringBuilder b = new StringBuilder();
        int pos = 0;
        int focusOut = 0;
        for (Entity e : sorted) {
            if (e.start() < pos) continue;
            b.append(fence(text.substring(pos, e.start())));
            if (e.start() <= focus) focusOut = b.length();
            String value = text.substring(e.start(), e.end());
            if (e.type().equals("GRADE")) b.append(value);
            else b.append(mask(e.type(), value)).append(" (").append(e.type()).append(')');
            pos = e.end();
        }
        b.append(fence(text.substring(pos)));
        String s = b.toString().replaceAll("\\t+|\\s{2,}", " \u2026 ").trim();
        if (s.length() > MAX) {
            int from = Math.max(0, Math.min(focusOut - MAX / 3, s.length() - MAX));
            s = (from > 0 ? "\u2026" : "") + s.substring(from, Math.min(s.length(), from + MAX)) + (from + MAX < s.length() ? "\u2026" : "");
        }
        return s;
    }

    /** Masks what no recogniser claimed but still looks identifying. */
    private String fence(String s) {
        Matcher m = AT_TOKEN.matcher(s);
        s = m.replaceAll(r -> Matcher.quoteReplacement(stars(r.group())));
        m = DIGITS.matcher(s);
        s = m.replaceAll(r -> YEAR.matcher(r.group()).matches() ? r.group() : Matcher.quoteReplacement(stars(r.group())));
        m = CAP_WORD.matcher(s);
        // A capitalised word no recogniser claimed may still be a name the gazetteer lacks: keep only known
        // label and course words readable.
        s = m.replaceAll(r -> {
            String w = r.group();
            boolean safe = SAFE_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) || gazetteer.isAmbiguous(w);
            return Matcher.quoteReplacement(safe ? w : initial(w));
        });
        m = CAPS_WORD.matcher(s);
        return m.replaceAll(r -> {
            String w = r.group();
            boolean name = gazetteer.isFirstName(w) || gazetteer.isLastName(w);
            return Matcher.quoteReplacement(name ? initial(w) : w);
        });
    }

    static String mask(String type, String value) {
        return switch (type) {
            case "PERSON" -> {
                StringBuilder b = new StringBuilder();
                for (String part : value.split("(?<=[\\s,])")) b.append(initial(part));
                yield b.toString();
            }
            case "EMAIL" -> {
                int at = value.indexOf('@');
                int dot = value.lastIndexOf('.');
                yield value.charAt(0) + "***@***" + (dot > at ? value.substring(dot) : "");
            }
            default -> stars(value);
        };
    }

    /** Keeps the first letter of each word, stars for the rest ("Jane" becomes "J***"). */
    private static String initial(String w) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                b.append(first ? c : '*');
                first = false;
            } else {
                b.append(c);
                if (Character.isWhitespace(c) || c == '-') first = true;
            }
        }
        return b.toString();
    }

    private static String stars(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            b.append(Character.isLetterOrDigit(c) ? '*' : c);
        }
        return b.toString();
    }
}
