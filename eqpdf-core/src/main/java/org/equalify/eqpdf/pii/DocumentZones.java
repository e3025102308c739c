package org.equalify.eqpdf.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks where course-material context makes names and contacts ordinary: course-staff blocks (instructor, TA,
 * office hours), bibliographies and reading lists, citation-shaped lines and letter signatures. Only sets the
 * {@code heading}, {@code staff} and {@code citation} flags of lines; never removes or changes text.
 */
final class DocumentZones {
    private enum Zone { NONE, STAFF, CITATION, SIGNATURE }

    private static final Pattern CITATION_HEADING = Pattern.compile("(?i)^\\W*(\\d+[.)]?\\s*)?(references|bibliography|works cited|"
            + "works consulted|reading list|readings|required readings?|required texts?|recommended readings?|course readings|"
            + "textbooks?|required materials|course materials|further reading|suggested readings?|sources|literature|"
            + "selected bibliography|endnotes|footnotes)\\b.*");
    private static final Pattern STAFF_HEADING = Pattern.compile("(?i)^\\W*(\\d+[.)]?\\s*)?(?:course |teaching |your |the )?(instructors?|"
            + "course staff|staff|teaching team|teaching assistants?|tas?|contacts?|contact information|instructor information|"
            + "office hours|who to contact|faculty|about the instructors?|lecturers?|professors?)"
            + "(?:\\s*(?:and|&|/)\\s*(?:office hours|contact information|contacts?|tas?|teaching assistants?|staff))?\\s*:?\\s*$");
    private static final Pattern CLOSING = Pattern.compile("(?i)^\\s*(sincerely|respectfully|best regards|kind regards|warm regards|"
            + "regards|yours truly|yours sincerely|cordially|with best wishes|best wishes|thank you),?\\s*$");
    private static final Pattern CITATION_LINE = Pattern.compile("\\(\\s*(1[5-9]|20)\\d\\d[a-z]?\\s*\\)|\\bet al\\.|\\bpp?\\.\\s*\\d|"
            + "\\b[Vv]ol\\.\\s*\\d|\\bdoi\\b|\\bISBN\\b|\\b[Ee]ds?\\.|University Press|\\bPress,|\\bJournal of\\b|[Rr]etrieved from|"
            + "https?://|\\bTrans\\.|\\btranslated by\\b|\\bedited by\\b|\\b(1[5-9]|20)\\d\\d\\)\\.");
    private static final Pattern SECTION = Pattern.compile("(?i)\\b(policy|policies|grading|schedule|assignments?|course|"
            + "description|objectives|outcomes|requirements|attendance|calendar|week|evaluation|assessment|accommodations?|"
            + "integrity|overview|prerequisites|exams?|part|section|chapter|unit|module|questions?|discussion|background|"
            + "introduction|summary|conclusion|appendix|instructions|prompt|case|task)\\b");
    private static final Pattern LABEL_LIKE = Pattern.compile("^\\s*[A-Za-z][A-Za-z .'/&()-]{0,40}:\\s*.*$");

    private static final Pattern CONTACT_LINE = Pattern.compile("(?i)^\\s*(e-?mail|phone|tel|cell|office|room|web|website|"
            + "hours|location|fax)\\b|@|\\(\\d{3}\\)|\\d{3}[-.]\\d{4}");
    private static final Pattern DATA = Pattern.compile("\\d{5,}|@");

    private final Set<String> staffWords;

    DocumentZones(Set<String> staffWords) {
        this.staffWords = staffWords;
    }

    /** Annotates lines of the page text, in document order. */
    void mark(List<TextLine> lines) {
        Zone zone = Zone.NONE;
        int zoneLines = 0;
        boolean prevStaff = false;
        for (TextLine l : lines) {
            if (l.isBlank()) continue;
            String t = l.text.trim();
            l.heading = isHeading(l, t);
            if (CLOSING.matcher(t).matches()) {
                zone = Zone.SIGNATURE;
                zoneLines = 0;
                continue;
            }
            boolean switches = zone == Zone.NONE || t.endsWith(":") || t.equals(t.toUpperCase(Locale.ROOT))
                    || Character.isDigit(t.charAt(0)) || SECTION.matcher(t).find()
                    || CITATION_HEADING.matcher(t).matches() || isStaffHeading(t);
            if (l.heading && switches && zone != Zone.SIGNATURE) {
                if (CITATION_HEADING.matcher(t).matches()) zone = Zone.CITATION;
                else if (isStaffHeading(t)) zone = Zone.STAFF;
                else zone = Zone.NONE;
                zoneLines = 0;
                if (zone != Zone.NONE) continue;
            }
            zoneLines++;
            if (zone == Zone.STAFF && zoneLines > 25) zone = Zone.NONE;
            if (zone == Zone.SIGNATURE && zoneLines > 8) zone = Zone.NONE;
            // "Email:", "Phone:", "Office:" lines right under "Instructor: ..." belong to the same contact block
            boolean contactContinuation = prevStaff && t.split("\\s+").length <= 8 && CONTACT_LINE.matcher(t).find();
            l.staff = zone == Zone.STAFF || zone == Zone.SIGNATURE || isStaffLine(t) || contactContinuation;
            prevStaff = l.staff;
            l.citation = zone == Zone.CITATION || CITATION_LINE.matcher(t).find();
        }
    }

    private static final Pattern STAFF_PHRASE = Pattern.compile("(?i)\\b(instructors?|course staff|teaching team|teaching assistants?|"
            + "tas|ta|office hours|lecturers?|professors?|faculty|contact information)\\b");
    private static final Pattern NOT_STAFF_HEADING = Pattern.compile("(?i)\\b(letter|notification|form|request|report|"
            + "evaluation|review|feedback|roster|grades?|students?)\\b");

    private static final Set<String> HEADING_WORDS = Set.of("your", "our", "the", "meet", "this", "semester", "term", "and",
            "information", "hours", "contact", "contacts", "course", "who", "to", "for", "with", "of", "team", "section", "sections",
            "directory", "list", "people", "members", "office", "offices", "details");

    /** "Course Staff", "Your TAs this semester", "Instructor and office hours" - but not "Faculty Notification Letter". */
    private static boolean isStaffHeading(String t) {
        if (STAFF_HEADING.matcher(t).matches()) return true;
        if (t.split("\\s+").length > 6 || !STAFF_PHRASE.matcher(t).find() || NOT_STAFF_HEADING.matcher(t).find()) return false;
        // "Professor Rybarczyk" names a person; "Your TAs this semester" heads a block
        for (String w : STAFF_PHRASE.matcher(t).replaceAll(" ").trim().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !HEADING_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W", ""))) return false;
        }
        return true;
    }

    /** A short or label-shaped line naming a staff role ("Instructor: ...", "TA  Jane Doe  office 3B"). */
    boolean isStaffLine(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        boolean shortOrLabel = t.split("\\s+").length <= 14 || LABEL_LIKE.matcher(t).matches();
        return shortOrLabel && containsStaffWord(lower);
    }

    boolean containsStaffWord(String lower) {
        for (String w : staffWords) {
            int i = lower.indexOf(w);
            while (i >= 0) {
                int j = i + w.length();
                boolean left = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
                boolean right = j >= lower.length() || !Character.isLetterOrDigit(lower.charAt(j)) || w.endsWith(":") || w.endsWith(".");
                if (left && right) return true;
                i = lower.indexOf(w, i + 1);
            }
        }
        return false;
    }

    private static boolean isHeading(TextLine l, String t) {
        if (l.tableId >= 0 || t.length() > 60 || t.endsWith(".") || t.endsWith(",") || DATA.matcher(t).find()) return false;
        String[] words = t.replaceAll(":$", "").split("\\s+");
        if (words.length > 8) return false;
        if (t.endsWith(":") && !t.substring(0, t.length() - 1).contains(":")) return true;
        int caps = 0;
        for (String w : words) if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) caps++;
        return caps * 2 >= words.length && !t.contains(":");
    }
}
