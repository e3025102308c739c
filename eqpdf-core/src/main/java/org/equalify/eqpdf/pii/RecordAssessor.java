package org.equalify.eqpdf.pii;

import org.equalify.eqpdf.pii.recognizer.Entity;
import org.equalify.eqpdf.pii.recognizer.GradeRecognizer;
import org.equalify.eqpdf.pii.recognizer.Recognizer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course-material-aware decision. It does not count names: it looks for the shapes of student records
 * (a table with a name column next to ID, e-mail, grade or attendance columns; a filled "Student:" field next to
 * a grade or feedback; a letter about a named student; a transcript; an SSN or a labelled date of birth) and
 * discounts names and contacts in course-staff blocks, bibliographies and citation lines. Each kind of evidence
 * has a weight; the document score is their noisy-OR, one weight per kind.
 */
final class RecordAssessor {
    record Hit(TextLine line, Entity entity, boolean counted, String note) {
        String type() { return entity.type(); }
        double score() { return entity.score(); }
    }

    record Evidence(String kind, double weight, String reason, TextLine line, int focus) {
    }

    private static final Pattern STUDENT_LABEL = Pattern.compile("(?i)^\\s*(student(?:'s)?\\s*(?:full\\s*)?name|name of student|"
            + "student|candidate|examinee|pupil|learner|re|regarding|recipient|name|full name|legal name|"
            + "first\\s*(?:and|&)\\s*last name)\\s*[:\uFF1A]\\s*(.*)$");
    private static final Pattern BLANK_VALUE = Pattern.compile("^[\\s_.\\-\u2014\u2013]*$");
    private static final Pattern NAME_SHAPE = Pattern.compile("^(?:[A-Z][a-z'\u2019-]+\\.?|[A-Z]\\.)(?:\\s+(?:[A-Z][a-z'\u2019-]+\\.?|[A-Z]\\.|de|van|von|da|del|bin|al)){1,3}$"
            + "|^[A-Z][A-Za-z'\u2019-]+,\\s*[A-Z][a-z'\u2019-]+(?:\\s+[A-Z]\\.?)?$");
    private static final Pattern FEEDBACK = Pattern.compile("(?i)^\\s*(feedback|comments?|instructor comments?|grader comments?|"
            + "teacher comments?|overall comments?|remarks|notes to student|marked by|graded by)\\s*[:\\-]");
    private static final Pattern COURSE_MATERIAL = Pattern.compile("(?i)\\b(syllabus|course description|"
            + "learning (?:objectives|outcomes)|required texts?|course schedule|prerequisites?|reading list)\\b");
    private static final Pattern NON_STUDENT_HEADER = Pattern.compile("(?i)\\b(speakers?|presenters?|panelists?|affiliations?|"
            + "guests?|authors?|editors?|institutions?|publishers?|died|death|deceased|reign|term of office|presidency)\\b");
    private static final Pattern ROSTER_CUE = Pattern.compile("(?i)\\b(roster|class list|enrolled|enrollment|sign-?in|attendance|"
            + "wait ?list|student list|list of students|advisees|group members|team members|registered students)\\b");
    private static final Pattern SALUTATION = Pattern.compile("(?i)^\\s*(dear\\s+\\S.*|to whom it may concern.*|to the .*committee.*)$");
    private static final Pattern DEAR_PERSON = Pattern.compile("^\\s*Dear\\s+(?!(?:Professor|Prof\\.?|Dr\\.?|Dean|Committee|Colleagues?|"
            + "Faculty|Instructor|Sir|Madam|Members|Admissions|Selection|Hiring|Search|Review|Students|Class|All|Mr|Mrs|Ms|Mx|Miss|Team|Friends|Parents|Families|Customer|Valued|Hiring)\\b)([A-Z][a-z]+)");
    private static final Pattern CLOSING = Pattern.compile("(?i)^\\s*(sincerely|respectfully|best regards|kind regards|warm regards|"
            + "regards|yours truly|yours sincerely|cordially)\\b");
    private static final Pattern LETTER_TOPIC = Pattern.compile("(?i)\\b(recommend\\w*|letter of (?:support|reference)|reference for|"
            + "i have known|has been (?:a|my) student|on behalf of|write in support|pleasure to write|"
            + "support (?:the|his|her|their) application|ranked (?:in|among)|"
            + "top (?:\\w+ )?(?:percent|students)|in my (?:class|course|section|lab)|among the (?:top|best)|without reservation|"
            + "accommodations?|disabilit\\w+|extended (?:time|testing)|reduced[- ]distraction|note[- ]tak\\w+|"
            + "registered with|eligible for|approved for|academic probation|disciplinary|misconduct|integrity violation|"
            + "financial aid|medical (?:leave|documentation)|excused absence|withdrawal)\\b");
    private static final Pattern TRANSCRIPT = Pattern.compile("(?i)\\b(transcript|academic record|cumulative gpa|term gpa|"
            + "semester gpa|credits? (?:earned|attempted)|quality points|academic standing|dean'?s list|degree conferred|"
            + "good standing|hours earned|gpa hours)\\b");
    private static final Pattern ATTENDANCE_MARKS = Pattern.compile("(?:(?<![\\w])(?:P|A|L|E|X|\u2713|\u2714|Present|Absent|Late|Excused|Y|N)(?![\\w])[\\s|,]*){3,}");
    private static final Pattern ATTENDANCE_CELL = Pattern.compile("^(?:P|A|L|E|X|\u2713|\u2714|\u2717|Present|Absent|Late|Excused|Tardy|Y|N|Yes|No|1|0|-|\u2014)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_MAILBOX = Pattern.compile("(?i)^(info|help|support|office|registrar|admissions?|dept|department|"
            + "advising|disability|accessibility|ods|drc|library|helpdesk|it|webmaster|noreply|no-reply|contact|"
            + "[a-z]+-(?:office|help|staff|dept))@");
    private static final Pattern DATEISH_HEADER = Pattern.compile("(?i)^(\\d{1,2}[/.-]\\d{1,2}|(mon|tue|wed|thu|fri|sat|sun)\\w*|week\\s*\\d+|"
            + "session\\s*\\d+|class\\s*\\d+|day\\s*\\d+|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*\\.?\\s*\\d{1,2}|attendance|present)");

    private final PiiConfig config;
    private final List<Recognizer> recognizers;
    private final DocumentZones zones;
    private final Redactor redactor;
    private final org.equalify.eqpdf.pii.recognizer.NameGazetteer gazetteer;

    RecordAssessor(PiiConfig config, List<Recognizer> recognizers, Redactor redactor,
                   org.equalify.eqpdf.pii.recognizer.NameGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.config = config;
        this.recognizers = List.copyOf(recognizers);
        this.zones = new DocumentZones(config.staffRoleWords());
        this.redactor = redactor;
    }

    PiiScanResult assess(ScanInput input) {
        List<TextLine> all = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        int tableIds = 0;
        List<TableStructure.Table> tables = new ArrayList<>();
        List<TextLine> pageLines = new ArrayList<>();
        for (ScanPage p : input.pages()) {
            if (!p.readable()) unreadable.add(p.page());
            List<TextLine> lines = new ArrayList<>();
            int index = 0;
            for (String raw : p.lines()) {
                for (String chunk : chunks(raw)) lines.add(new TextLine(p.page(), index++, chunk, TextLine.Origin.PAGE));
            }
            List<TableStructure.Table> found = TableStructure.detect(lines, tableIds);
            tableIds += found.size();
            tables.addAll(found);
            pageLines.addAll(lines);
        }
        zones.mark(pageLines);
        for (TableStructure.Table t : tables) {
            boolean staffTable = (t.header() != null && zones.containsStaffWord(t.header().text.toLowerCase(Locale.ROOT)))
                    || t.rows().stream().filter(r -> r.staff).count() * 2 > t.rows().size()
                    || (t.header() != null && NON_STUDENT_HEADER.matcher(t.header().text).find());
            // course staff, speakers, authors: the people in such a table are not students
            if (staffTable) t.rows().forEach(r -> r.staff = true);
        }
        all.addAll(pageLines);
        all.addAll(sideLines(input));

        List<Hit> hits = new ArrayList<>();
        Map<TextLine, List<Hit>> byLine = new LinkedHashMap<>();
        TextLine prev = null;
        for (TextLine l : all) {
            if (!l.isBlank()) {
                List<Hit> lh = recognize(l, prev);
                byLine.put(l, lh);
                hits.addAll(lh);
                prev = l;
            }
        }

        Map<String, Evidence> ev = new LinkedHashMap<>();
        currentHits.set(byLine);
        strongValues(hits, ev);
        tableEvidence(all, tables, byLine, ev);
        nameListEvidence(all, byLine, ev);
        rowEvidence(byLine, ev);
        int blanks = namedStudentEvidence(all, byLine, hits, ev);
        letterEvidence(all, byLine, ev);
        transcriptEvidence(all, hits, tables, byLine, ev);
        contactEvidence(hits, ev);
        fictionalData(all, ev);
        currentHits.remove();

        double keep = 1;
        for (Evidence e : ev.values()) keep *= 1 - e.weight();
        double score = Math.round((1 - keep) * 1000) / 1000.0;
        Decision decision = score >= config.reviewThreshold() ? Decision.NEEDS_REVIEW : Decision.CLEAN;
        ev.values().stream().sorted((a, b) -> Double.compare(b.weight(), a.weight()))
                .filter(e -> e.weight() >= 0.2).forEach(e -> reasons.add(e.reason()));
        if (!unreadable.isEmpty()) {
            decision = Decision.NEEDS_REVIEW;
            score = Math.max(score, config.reviewThreshold());
            reasons.add(0, "page(s) " + unreadable + " could not be read (no text layer or OCR failed): a person must look");
        }
        if (blanks > 0) reasons.add(blanks + " blank form field(s) (e.g. \"Name: ____\") not counted");
        long ignored = hits.stream().filter(h -> !h.counted() && h.score() >= config.minFindingScore()).count();
        if (ignored > 0) reasons.add(ignored + " value(s) in course-staff, bibliography or citation context not counted");
        if (decision == Decision.CLEAN && reasons.isEmpty()) reasons.add("no student-record evidence found");
        return new PiiScanResult(decision, score, findings(ev, hits), reasons);
    }

    private static final int LONG_LINE = 1000;

    /** Text without line breaks (a flattened page, an OCR blob) is cut at spaces into line-sized pieces. */
    static List<String> chunks(String raw) {
        if (raw.length() <= LONG_LINE) return List.of(raw);
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < raw.length()) {
            int end = Math.min(raw.length(), start + 300);
            if (end < raw.length()) {
                int sp = raw.lastIndexOf(' ', end);
                if (sp > start + 100) end = sp;
            }
            out.add(raw.substring(start, end));
            start = end;
        }
        return out;
    }

    /** Metadata, annotations and form fields as extra lines (page 0). The document author is course staff. */
    private List<TextLine> sideLines(ScanInput input) {
        List<TextLine> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> m : new java.util.TreeMap<>(input.metadata()).entrySet()) {
            if (m.getValue() == null || m.getValue().isBlank()) continue;
            TextLine l = new TextLine(0, i++, m.getKey() + ": " + m.getValue().replaceAll("\\R", " "), TextLine.Origin.METADATA);
            String k = m.getKey().toLowerCase(Locale.ROOT);
            l.staff = k.equals("author") || k.equals("creator") || k.equals("producer");
            out.add(l);
        }
        for (String a : input.annotationTexts()) {
            if (a == null) continue;
            for (String line : a.split("\\R")) if (!line.isBlank()) out.add(new TextLine(0, i++, line, TextLine.Origin.ANNOTATION));
        }
        for (Map.Entry<String, String> f : new java.util.TreeMap<>(input.formFields()).entrySet()) {
            String label = humanize(f.getKey());
            String value = f.getValue() == null ? "" : f.getValue().replaceAll("\\R", " ");
            TextLine l = new TextLine(0, i++, label + ": " + value, TextLine.Origin.FORM_FIELD);
            l.cells = List.of(new TextLine.Cell(0, l.text.length()));
            l.staff = zones.isStaffLine(label);
            out.add(l);
        }
        return out;
    }

    static String humanize(String fieldName) {
        String last = fieldName.contains(".") ? fieldName.substring(fieldName.lastIndexOf('.') + 1) : fieldName;
        return last.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').trim();
    }

    private List<Hit> recognize(TextLine l, TextLine prev) {
        List<Entity> found = new ArrayList<>();
        if (l.cells.size() >= 2) {
            for (int c = 0; c < l.cells.size(); c++) {
                TextLine.Cell cell = l.cells.get(c);
                String text = l.cellText(c);
                String header = l.headers != null && c < l.headers.length && l.headers[c] != null ? l.headers[c] : null;
                String context = (header != null ? header : (c > 0 ? l.cellText(c - 1) : "")) + " " + text;
                for (Recognizer r : recognizers) {
                    for (Entity e : r.recognize(text, context)) {
                        found.add(new Entity(e.type(), e.start() + cell.start(), e.end() + cell.start(), e.score(), e.reason()));
                    }
                }
            }
        } else {
            String context = (prev != null && prev.page == l.page ? prev.text + " " : "") + l.text;
            for (Recognizer r : recognizers) found.addAll(r.recognize(l.text, context));
        }
        found.sort((a, b) -> Double.compare(b.score(), a.score()));
        List<Entity> kept = new ArrayList<>();
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        for (Entity e : found) {
            if (overlapsTaken(taken, e.start(), e.end())) continue;
            taken.put(e.start(), e.end());
            String value = l.text.substring(e.start(), e.end()).toLowerCase(Locale.ROOT).trim();
            if (config.allowlist().contains(value)) continue;
            kept.add(e);
        }
        List<Hit> out = new ArrayList<>();
        for (Entity e : kept) {
            String note = null;
            if (l.citation && !strong(e)) note = "in a bibliography or citation";
            else if (l.staff && !strong(e)) note = "in course-staff context";
            else if (e.type().equals("PERSON") && staffTitleBefore(l.text, e.start())) note = "has an academic title (staff)";
            else if (e.type().equals("EMAIL") && ROLE_MAILBOX.matcher(l.text.substring(e.start(), e.end())).find()) note = "office mailbox";
            out.add(new Hit(l, e, note == null, note));
        }
        return out;
    }

    /** True when [s, e) overlaps an interval in the map (start to end, non-overlapping). */
    static boolean overlapsTaken(java.util.TreeMap<Integer, Integer> taken, int s, int e) {
        Map.Entry<Integer, Integer> before = taken.floorEntry(s);
        if (before != null && before.getValue() > s) return true;
        Map.Entry<Integer, Integer> after = taken.ceilingEntry(s);
        return after != null && after.getKey() < e;
    }

    private static boolean strong(Entity e) {
        return e.type().equals("US_SSN") || e.type().equals("CREDIT_CARD") || (e.type().equals("DATE_OF_BIRTH") && e.score() >= 0.85);
    }

    private boolean staffTitleBefore(String text, int start) {
        String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(dr\\.?|prof\\.?|professor|instructor|lecturer|ta|teaching assistant|dean)\\s*:?\\s*$");
    }

    private static void put(Map<String, Evidence> ev, Evidence e) {
        Evidence old = ev.get(e.kind());
        if (old == null || old.weight() < e.weight()) ev.put(e.kind(), e);
    }

    private void strongValues(List<Hit> hits, Map<String, Evidence> ev) {
        for (Hit h : hits) {
            switch (h.type()) {
                case "US_SSN" -> put(ev, new Evidence("US_SSN", h.score() >= 0.8 ? 0.95 : 0.5, "a US Social Security number", h.line(), h.entity().start()));
                case "DATE_OF_BIRTH" -> {
                    // a birth date in a staff, author or historical table is not a student's
                    if (!h.line().staff && !h.line().citation) put(ev, h.score() >= 0.85
                        ? new Evidence("DATE_OF_BIRTH", 0.9, "a labelled date of birth", h.line(), h.entity().start())
                        : new Evidence("DATE_OF_BIRTH", 0.2, "a birth date in prose", h.line(), h.entity().start()));
                }
                case "CREDIT_CARD" -> put(ev, new Evidence("CREDIT_CARD", h.score() >= 0.85 ? 0.7 : 0.35, "a payment card number (valid checksum)", h.line(), h.entity().start()));
                default -> { }
            }
        }
    }

    private enum Role { NAME, ID, EMAIL, GRADE, ATTENDANCE, DOB }

    /** A roster word in the table header or in the three lines above the table. */
    private static boolean rosterCue(List<TextLine> all, TableStructure.Table t) {
        TextLine first = t.rows().get(0);
        if (ROSTER_CUE.matcher(first.text).find()) return true;
        int i = all.indexOf(first);
        for (int k = i - 1, seen = 0; k >= 0 && seen < 3; k--) {
            TextLine l = all.get(k);
            if (l.page != first.page) break;
            if (l.isBlank()) continue;
            seen++;
            if (ROSTER_CUE.matcher(l.text).find()) return true;
        }
        return false;
    }

    /** Plain lines (no table) that are only names, three or more in a row, after a roster heading. */
    private void nameListEvidence(List<TextLine> all, Map<TextLine, List<Hit>> byLine, Map<String, Evidence> ev) {
        boolean cue = false;
        int run = 0;
        TextLine start = null;
        for (TextLine l : all) {
            if (l.origin != TextLine.Origin.PAGE || l.isBlank()) continue;
            if (ROSTER_CUE.matcher(l.text).find() && !l.staff) {
                cue = true;
                run = 0;
                continue;
            }
            String t = l.text.trim().replaceFirst("^\\d{1,3}[.)]?\\s+", "");
            boolean nameOnly = l.cells.size() == 1 && !l.staff && !l.citation && (NAME_SHAPE.matcher(t).matches()
                    || byLine.getOrDefault(l, List.of()).stream().anyMatch(h -> h.type().equals("PERSON") && h.score() >= 0.45
                    && h.entity().end() - h.entity().start() >= t.length() - 2));
            if (cue && nameOnly) {
                if (run++ == 0) start = l;
                if (run >= 3) put(ev, new Evidence("ROSTER_LIST", 0.85, run + " names listed under a roster/attendance heading", start, 0));
            } else if (!nameOnly) {
                if (run > 0) cue = false;
                run = 0;
            }
        }
    }

    private void tableEvidence(List<TextLine> all, List<TableStructure.Table> tables, Map<TextLine, List<Hit>> byLine, Map<String, Evidence> ev) {
        for (TableStructure.Table t : tables) {
            List<TextLine> data = t.dataRows();
            if (data.size() < 2) continue;
            boolean staffTable = (t.header() != null && zones.containsStaffWord(t.header().text.toLowerCase(Locale.ROOT)))
                    || data.stream().filter(r -> r.staff).count() * 2 > data.size();
            if (staffTable || data.stream().allMatch(r -> r.citation)) continue;
            if (t.header() != null && NON_STUDENT_HEADER.matcher(t.header().text).find()) continue;
            Set<Role> roles = new HashSet<>();
            List<Integer> shapeColumns = new ArrayList<>();
            int attendanceCols = 0;
            for (int c = 0; c < t.columns(); c++) {
                String header = t.header() != null && c < t.header().cells.size() ? t.header().cellText(c).toLowerCase(Locale.ROOT) : "";
                int n = 0, person = 0, shape = 0, id = 0, email = 0, grade = 0, attend = 0;
                for (TextLine r : data) {
                    if (c >= r.cells.size()) continue;
                    n++;
                    TextLine.Cell cell = r.cells.get(c);
                    String text = r.cellText(c);
                    if (NAME_SHAPE.matcher(text).matches()) shape++;
                    if (ATTENDANCE_CELL.matcher(text).matches()) attend++;
                    for (Hit h : byLine.getOrDefault(r, List.of())) {
                        Entity e = h.entity();
                        if (e.start() < cell.start() || e.end() > cell.end()) continue;
                        switch (e.type()) {
                            case "PERSON" -> { if (e.score() >= 0.45) person++; }
                            case "STUDENT_ID", "US_SSN" -> id++;
                            case "EMAIL" -> email++;
                            case "GRADE" -> grade++;
                            default -> { }
                        }
                    }
                }
                if (n == 0) continue;
                boolean nameHeader = header.matches(".*\\b(name|student|first|last|surname|given|member|learner|pupil)s?\\b.*")
                        && !header.matches(".*\\b(course|file|assignment|project|book|author|user ?name|title|id|number|#)\\b.*");
                if (nameHeader && singleWords(data, c) >= 0.6 * n && shape + person < n / 2.0) shape = n; // "Name: Maria"
                if ((nameHeader && shape + person >= n / 2.0) || person >= 0.5 * n || (shape >= 0.6 * n && person >= 0.3 * n)) roles.add(Role.NAME);
                else if (shape >= 0.6 * n) shapeColumns.add(c);
                if (header.matches(".*\\b(uin|id|sid|emplid|student ?(no|number|#)|id#|number|netid)\\b.*") && id + numeric(data, c) >= 0.5 * n) roles.add(Role.ID);
                else if (id >= 0.6 * n) roles.add(Role.ID);
                if (email >= 0.5 * n) roles.add(Role.EMAIL);
                if (grade >= 0.5 * n && (GradeRecognizer.isGradeHeader(header) || letterGrades(data, c) >= 0.6 * n)) roles.add(Role.GRADE);
                if (attend >= 0.6 * n && (DATEISH_HEADER.matcher(header).find() || header.isEmpty())) attendanceCols++;
                if (header.matches(".*\\b(dob|birth|date of birth)\\b.*")) roles.add(Role.DOB);
            }
            if (attendanceCols >= 2 || (attendanceCols == 1 && t.header() != null && t.header().text.toLowerCase(Locale.ROOT).contains("attend"))) roles.add(Role.ATTENDANCE);
            // a column of name-shaped cells next to IDs or e-mails is a name column even when the gazetteer lacks the names
            if (!shapeColumns.isEmpty() && (roles.contains(Role.ID) || roles.contains(Role.EMAIL))) roles.add(Role.NAME);
            if (roles.equals(Set.of(Role.NAME)) && data.size() >= 3 && rosterCue(all, t)) {
                put(ev, new Evidence("ROSTER_LIST", 0.85, "a list of " + data.size() + " names under a roster/attendance heading", data.get(0), 0));
            }
            boolean record = (roles.contains(Role.NAME) && roles.size() >= 2)
                    || (roles.contains(Role.ID) && (roles.contains(Role.EMAIL) || roles.contains(Role.GRADE) || roles.contains(Role.ATTENDANCE) || roles.contains(Role.DOB)))
                    || (roles.contains(Role.EMAIL) && (roles.contains(Role.GRADE) || roles.contains(Role.ATTENDANCE)));
            if (record) {
                List<String> other = roles.stream().filter(r -> r != Role.NAME).map(r -> r.name().toLowerCase(Locale.ROOT)).sorted().toList();
                TextLine anchor = data.get(0);
                put(ev, new Evidence("RECORD_TABLE", 0.95, "a table of " + data.size() + " rows with "
                        + (roles.contains(Role.NAME) ? "a name column next to " : "") + String.join(", ", other)
                        + " columns (roster, gradebook or attendance shape)", anchor, 0));
            }
        }
    }

    private static int singleWords(List<TextLine> rows, int c) {
        int n = 0;
        for (TextLine r : rows) if (c < r.cells.size() && r.cellText(c).matches("[A-Z][a-z'\u2019-]+(?:\\s+[A-Z][a-z'\u2019.-]*){0,3}")) n++;
        return n;
    }

    private static int numeric(List<TextLine> rows, int c) {
        int n = 0;
        for (TextLine r : rows) if (c < r.cells.size() && r.cellText(c).matches("[A-Z]?\\d{5,10}")) n++;
        return n;
    }

    private static int letterGrades(List<TextLine> rows, int c) {
        int n = 0;
        for (TextLine r : rows) if (c < r.cells.size() && r.cellText(c).matches("[A-D][+-]?|F|P|NP|W|I|S|U|CR|NC")) n++;
        return n;
    }

    /** Lines (table or not) where a person sits next to a student ID, e-mail, grade or attendance marks. */
    private void rowEvidence(Map<TextLine, List<Hit>> byLine, Map<String, Evidence> ev) {
        int rows = 0;
        TextLine first = null;
        for (Map.Entry<TextLine, List<Hit>> e : byLine.entrySet()) {
            TextLine l = e.getKey();
            if (l.staff || l.citation || l.heading) continue;
            boolean person = false, data = false;
            for (Hit h : e.getValue()) {
                if (!h.counted()) continue;
                switch (h.type()) {
                    case "PERSON" -> person |= h.score() >= 0.45;
                    case "STUDENT_ID", "EMAIL", "GRADE" -> data = true;
                    case "DATE_OF_BIRTH" -> data |= h.score() >= 0.85;
                    default -> { }
                }
            }
            if (!person) person = startsWithNameShape(l) || (data && LEADING_NAME.matcher(l.text).find());
            if (!data) data = ATTENDANCE_MARKS.matcher(l.text).find();
            if (person && data) {
                rows++;
                if (first == null) first = l;
            }
        }
        if (rows >= 3) put(ev, new Evidence("RECORD_ROWS", 0.9, rows + " lines pair a person with a student ID, e-mail, grade or attendance mark", first, 0));
        else if (rows == 2) put(ev, new Evidence("RECORD_ROWS", 0.45, "2 lines pair a person with a student ID, e-mail or grade", first, 0));
    }

    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(?:\\d{1,3}[.)]?\\s+)?[A-Z][a-z'\u2019-]+(?:,?\\s+[A-Z][a-z'\u2019.-]*){1,3}\\s+(?=[A-Z]?\\d{5,}|\\S+@)");

    private static boolean startsWithNameShape(TextLine l) {
        String head = l.cells.isEmpty() ? "" : l.cellText(0);
        return l.cells.size() >= 2 && NAME_SHAPE.matcher(head).matches();
    }

    /**
     * Graded work and filled cover sheets: a filled "Student: ..." field, or a by-line / header naming a person,
     * together with a grade, a student ID or grader feedback. Returns the number of blank fields seen.
     */
    private int namedStudentEvidence(List<TextLine> all, Map<TextLine, List<Hit>> byLine, List<Hit> hits, Map<String, Evidence> ev) {
        int blanks = 0;
        Evidence named = null;
        for (TextLine l : all) {
            if (l.isBlank() || l.staff || l.citation) continue;
            for (int c = 0; c < l.cells.size(); c++) {
                TextLine.Cell cell = l.cells.get(c);
                Matcher m = STUDENT_LABEL.matcher(l.text.substring(cell.start(), cell.end()));
                if (!m.matches()) continue;
                String label = m.group(1).toLowerCase(Locale.ROOT);
                String value = m.group(2);
                int vs = cell.start() + m.start(2);
                if (value.isBlank() && c + 1 < l.cells.size()) {
                    value = l.cellText(c + 1);
                    vs = l.cells.get(c + 1).start();
                }
                if (BLANK_VALUE.matcher(value).matches()) {
                    if (value.contains("_")) blanks++;
                    continue;
                }
                boolean subjectLine = label.startsWith("re") || label.equals("recipient");
                final int from = vs, to = subjectLine ? vs + value.length() : vs + 3;
                boolean person = byLine.getOrDefault(l, List.of()).stream().anyMatch(h -> h.type().equals("PERSON")
                        && h.counted() && h.entity().start() >= from && h.entity().start() <= to && h.score() >= 0.3);
                String v = value.trim().replaceAll("[,;(].*$", "").trim();
                if (v.isEmpty()) continue;
                if (!person && !NAME_SHAPE.matcher(v).matches()) continue;
                if (zones.containsStaffWord(v.toLowerCase(Locale.ROOT))) continue;
                boolean studentLabel = !label.contains("name") || label.contains("student");
                double w = studentLabel ? 0.4 : 0.25;
                if (named == null || named.weight() < w) named = new Evidence("NAMED_STUDENT", w, "a filled \"" + m.group(1) + ":\" field names a person", l, vs);
            }
        }
        // a syllabus or handout names its author at the top: the by-line route is for student work only
        boolean courseMaterial = all.stream().anyMatch(l -> COURSE_MATERIAL.matcher(l.text).find());
        Evidence byline = courseMaterial ? null : bylinePerson(all, byLine);

        boolean grade = false, strongGrade = false, labelledId = false, feedback = false;
        for (Hit h : hits) {
            if (!h.counted()) continue;
            if (h.type().equals("GRADE")) {
                grade = true;
                String v = h.line().text.substring(h.entity().start(), h.entity().end());
                if (v.matches("[A-DF][+-]?|.*[/%].*") || h.entity().reason().startsWith("GPA")) strongGrade = true;
                if (h.line().origin == TextLine.Origin.ANNOTATION) feedback = true; // a score in a sticky note is a grader's mark
            }
            if ((h.type().equals("STUDENT_ID") && h.score() >= 0.7)) labelledId = true;
        }
        for (TextLine l : all) if (!l.staff && FEEDBACK.matcher(l.text).find()) feedback = true;
        List<String> with = new ArrayList<>();
        if (grade) with.add("a grade or score");
        if (labelledId) with.add("a student ID");
        if (feedback) with.add("feedback/comments");
        if (named != null && (grade || labelledId || feedback)) {
            put(ev, new Evidence("NAMED_STUDENT_RECORD", 0.9, "a named student with " + String.join(", ", with)
                    + " (graded work, exam cover sheet or transcript shape)", named.line(), named.focus()));
        } else if (named != null) {
            put(ev, named);
        }
        if (byline != null && (strongGrade || labelledId) && feedback) {
            put(ev, new Evidence("NAMED_STUDENT_RECORD", 0.9, "work headed by a person's name with " + String.join(", ", with)
                    + " (graded work shape)", byline.line(), byline.focus()));
        } else if (byline != null && (strongGrade || feedback)) {
            put(ev, new Evidence("BYLINE_WITH_GRADE", 0.45, "work headed by a person's name with " + String.join(", ", with), byline.line(), byline.focus()));
        }
        return blanks;
    }

    private static final Pattern BYLINE = Pattern.compile("(?i)^\\s*(by|submitted by|written by|author)\\s*:?\\s+");

    /** A person named alone on one of the first lines of page 1, or after "By"/"Submitted by". */
    private Evidence bylinePerson(List<TextLine> all, Map<TextLine, List<Hit>> byLine) {
        int seen = 0;
        for (TextLine l : all) {
            if (l.origin != TextLine.Origin.PAGE || l.isBlank()) continue;
            if (l.page > 1 || seen++ >= 8) break;
            if (l.staff || l.citation || l.tableId >= 0 || l.cells.size() > 1) continue;
            String t = l.text.trim();
            Matcher by = BYLINE.matcher(t);
            int offset = l.text.indexOf(t);
            for (Hit h : byLine.getOrDefault(l, List.of())) {
                if (!h.counted() || !h.type().equals("PERSON") || h.score() < 0.3) continue;
                int len = h.entity().end() - h.entity().start();
                boolean alone = len >= t.length() - 2;
                // "Maria Lopez - ENGL 101 - Essay 2" as the first line of a paper
                String rest = l.text.substring(h.entity().end()).trim();
                if (!alone && seen <= 3 && h.entity().start() <= offset + 1 && rest.matches("^[-\u2013\u2014|,/:].*")) alone = true;
                boolean afterBy = by.find(0) && h.entity().start() <= offset + by.end() + 1;
                if (alone || afterBy) return new Evidence("BYLINE", 0.0, "a by-line names a person", l, h.entity().start());
            }
            if (by.find(0) && NAME_SHAPE.matcher(t.substring(by.end()).trim()).matches()) {
                return new Evidence("BYLINE", 0.0, "a by-line names a person", l, offset + by.end());
            }
            if (NAME_SHAPE.matcher(t).matches() && !zones.containsStaffWord(t.toLowerCase(Locale.ROOT)) && seen <= 3
                    && !t.matches(".*\\b(Syllabus|Course|Exam|Lecture|Notes|Week|Unit|Chapter|Introduction|Part)\\b.*")) {
                return new Evidence("BYLINE", 0.0, "a header line names a person", l, offset);
            }
        }
        return null;
    }

    /** Recommendation and accommodation letters (and similar) about a named person. */
    private void letterEvidence(List<TextLine> all, Map<TextLine, List<Hit>> byLine, Map<String, Evidence> ev) {
        boolean salutation = false, closing = false;
        int topic = 0;
        TextLine topicLine = null, personTopicLine = null;
        boolean namedSubject = false, dearStudent = false;
        TextLine dearLine = null, bodyPerson = null;
        for (TextLine l : all) {
            if (l.origin != TextLine.Origin.PAGE || l.isBlank()) continue;
            if (SALUTATION.matcher(l.text).matches()) salutation = true;
            if (CLOSING.matcher(l.text).find()) closing = true;
            Matcher dear = DEAR_PERSON.matcher(l.text);
            if (dear.find()) {
                namedSubject = true;
                dearStudent = true;
                if (dearLine == null) dearLine = l;
            }
            if (l.staff || l.citation) continue;
            if (bodyPerson == null && byLine.getOrDefault(l, List.of()).stream()
                    .anyMatch(h -> h.counted() && h.type().equals("PERSON") && h.score() >= 0.45)) bodyPerson = l;
            Matcher m = LETTER_TOPIC.matcher(l.text);
            boolean hasTopic = false;
            while (m.find()) {
                topic++;
                hasTopic = true;
            }
            if (!hasTopic) continue;
            if (topicLine == null) topicLine = l;
            boolean person = byLine.getOrDefault(l, List.of()).stream()
                    .anyMatch(h -> h.counted() && h.type().equals("PERSON") && h.score() >= 0.3);
            if (person && personTopicLine == null) personTopicLine = l;
        }
        boolean letter = salutation || closing;
        if (personTopicLine != null) namedSubject = true;
        boolean gradeInBody = byLine.values().stream().flatMap(List::stream)
                .anyMatch(h -> h.counted() && h.type().equals("GRADE") && h.line().origin == TextLine.Origin.PAGE);
        if (letter && dearStudent && gradeInBody) {
            put(ev, new Evidence("LETTER_ABOUT_STUDENT", 0.85, "a letter addressed to a person by name about their grade", dearLine, 0));
        }
        boolean labelledSubject = ev.containsKey("NAMED_STUDENT") || ev.containsKey("NAMED_STUDENT_RECORD");
        if (labelledSubject) namedSubject = true;
        if ((letter && namedSubject && (topic >= 2 || (topic >= 1 && labelledSubject))) || (labelledSubject && topic >= 2)) {
            TextLine anchor = personTopicLine != null ? personTopicLine : topicLine;
            put(ev, new Evidence("LETTER_ABOUT_STUDENT", 0.85, "a letter (salutation/closing) about a named person with "
                    + "recommendation, accommodation or conduct wording", anchor, 0));
        } else if (letter && topic >= 2 && bodyPerson != null) {
            put(ev, new Evidence("LETTER_ABOUT_STUDENT", 0.7, "a letter with recommendation/accommodation wording that names a person",
                    bodyPerson, 0));
        } else if (personTopicLine != null) {
            put(ev, new Evidence("LETTER_ABOUT_STUDENT", 0.3, "recommendation/accommodation wording next to a person's name", personTopicLine, 0));
        } else if (letter && topic >= 2) {
            put(ev, new Evidence("LETTER_ABOUT_STUDENT", 0.25, "a letter with recommendation/accommodation wording", topicLine, 0));
        }
    }

    private void transcriptEvidence(List<TextLine> all, List<Hit> hits, List<TableStructure.Table> tables,
                                    Map<TextLine, List<Hit>> byLine, Map<String, Evidence> ev) {
        Set<String> cues = new HashSet<>();
        TextLine anchor = null;
        for (TextLine l : all) {
            Matcher m = TRANSCRIPT.matcher(l.text);
            while (m.find()) {
                cues.add(m.group(1).toLowerCase(Locale.ROOT));
                if (anchor == null) anchor = l;
            }
        }
        long grades = hits.stream().filter(h -> h.counted() && h.type().equals("GRADE")).count();
        boolean gpa = hits.stream().anyMatch(h -> h.type().equals("GRADE") && h.entity().reason().startsWith("GPA"));
        if (cues.size() >= 2 && (grades >= 3 || gpa)) {
            put(ev, new Evidence("TRANSCRIPT", 0.6, "transcript wording (" + String.join(", ", new java.util.TreeSet<>(cues))
                    + ") with grades", anchor, 0));
        }
    }

    private static final Pattern FICTIONAL = Pattern.compile("(?i)\\b(hypothetical|fictional|fictitious|made-up|imaginary|"
            + "simulated|synthetic|sample data(?:set)?|example data(?:set)?|practice data(?:set)?|toy data(?:set)?|invented)\\b");

    /** Exercises say when their people and numbers are invented: list-shaped evidence then counts for little. */
    private static void fictionalData(List<TextLine> all, Map<String, Evidence> ev) {
        if (all.stream().noneMatch(l -> FICTIONAL.matcher(l.text).find())) return;
        Evidence strongest = null;
        for (String kind : List.of("RECORD_TABLE", "RECORD_ROWS", "PERSONAL_EMAILS", "ROSTER_LIST", "STUDENT_IDS")) {
            Evidence e = ev.remove(kind);
            if (e != null && (strongest == null || e.weight() > strongest.weight())) strongest = e;
        }
        if (strongest != null) ev.put("SAMPLE_DATA", new Evidence("SAMPLE_DATA", 0.3, strongest.reason()
                + " (the document says its data are hypothetical/sample)", strongest.line(), strongest.focus()));
    }

    /**
     * "writing@", "counseling@" are office mailboxes; "jdoe4@", "maria.lopez@" or an address on a line with a
     * person's name belong to a person.
     */
    private boolean personalEmail(String value, Hit h) {
        String local = value.substring(0, value.indexOf('@'));
        if (local.matches(".*[\\d._-].*")) return true;
        boolean personOnLine = h.line().text.length() < 200 && hitsOnLine(h.line()).stream()
                .anyMatch(o -> o.type().equals("PERSON") && o.score() >= 0.45);
        if (personOnLine) return true;
        // jsmith, smithj, mariagarcia, garcia: a name at either end of the local part
        for (int k = 4; k <= local.length(); k++) {
            String head = local.substring(0, k), tail = local.substring(local.length() - k);
            if (gazetteer.isClearFirstName(head) || gazetteer.isLastName(head) || gazetteer.isLastName(tail)) return true;
        }
        if (local.length() > 4 && gazetteer.isLastName(local.substring(1))) return true;
        return false;
    }

    private final ThreadLocal<Map<TextLine, List<Hit>>> currentHits = new ThreadLocal<>();

    private List<Hit> hitsOnLine(TextLine l) {
        Map<TextLine, List<Hit>> m = currentHits.get();
        return m == null ? List.of() : m.getOrDefault(l, List.of());
    }

    private void contactEvidence(List<Hit> hits, Map<String, Evidence> ev) {
        Set<String> emails = new HashSet<>();
        Hit firstEmail = null;
        int labelledIds = 0;
        Hit firstId = null;
        for (Hit h : hits) {
            if (!h.counted()) continue;
            String value = h.line().text.substring(h.entity().start(), h.entity().end()).toLowerCase(Locale.ROOT);
            switch (h.type()) {
                case "EMAIL" -> {
                    if (personalEmail(value, h) && emails.add(value) && firstEmail == null) firstEmail = h;
                }
                case "STUDENT_ID" -> {
                    if (h.score() >= 0.7) {
                        labelledIds++;
                        if (firstId == null) firstId = h;
                    }
                }
                case "STREET_ADDRESS" -> {
                    if (h.score() >= 0.8) put(ev, new Evidence("HOME_ADDRESS", 0.3, "a labelled street address outside course-staff context", h.line(), h.entity().start()));
                }
                default -> { }
            }
        }
        if (emails.size() >= 3) put(ev, new Evidence("PERSONAL_EMAILS", 0.55, emails.size()
                + " personal e-mail addresses outside course-staff context", firstEmail.line(), firstEmail.entity().start()));
        if (labelledIds >= 3) put(ev, new Evidence("STUDENT_IDS", 0.7, labelledIds + " labelled student IDs", firstId.line(), firstId.entity().start()));
        else if (labelledIds >= 1) put(ev, new Evidence("STUDENT_IDS", 0.35, "a labelled student ID", firstId.line(), firstId.entity().start()));
    }

    private List<Finding> findings(Map<String, Evidence> ev, List<Hit> hits) {
        List<Finding> out = new ArrayList<>();
        Map<TextLine, List<Entity>> entitiesByLine = new LinkedHashMap<>();
        for (Hit h : hits) entitiesByLine.computeIfAbsent(h.line(), k -> new ArrayList<>()).add(h.entity());
        ev.values().stream().filter(e -> e.weight() >= 0.2).sorted((a, b) -> Double.compare(b.weight(), a.weight())).forEach(e -> {
            String snippet = e.line() == null ? "" : redactor.redact(e.line().text, entitiesByLine.getOrDefault(e.line(), List.of()), e.focus());
            out.add(new Finding(e.kind(), e.line() == null ? 0 : e.line().page, e.weight(), e.reason(), snippet));
        });
        List<Hit> shown = hits.stream().filter(h -> h.score() >= config.minFindingScore() && !h.type().equals("GRADE"))
                .sorted((a, b) -> Double.compare(b.score(), a.score())).toList();
        for (Hit h : shown) {
            if (out.size() >= config.maxFindings()) break;
            String reason = h.entity().reason() + (h.counted() ? "" : "; " + h.note() + ", not counted")
                    + (h.line().origin == TextLine.Origin.PAGE ? "" : "; in " + h.line().origin.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            out.add(new Finding(h.type(), h.line().page, h.score(), reason,
                    redactor.redact(h.line().text, entitiesByLine.get(h.line()), h.entity().start())));
        }
        return out.size() > config.maxFindings() ? out.subList(0, config.maxFindings()) : out;
    }
}
