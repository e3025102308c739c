package org.equalify.eqpdf.pii.eval;

import net.datafaker.Faker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The built-in labelled evaluation set: realistic course documents, half clean (including the hard cases: a
 * syllabus with staff contacts, bibliographies, historical and fictional names, blank forms) and half student
 * records (rosters, gradebooks, graded work, letters, transcripts, attendance, team lists, SSN, DOB). Names come
 * from datafaker in several locales (so many are outside the English gazetteer), numbers from a seeded random.
 */
public final class EvalCorpus {
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("vi"),
            Locale.forLanguageTag("de"), Locale.forLanguageTag("pl"), Locale.forLanguageTag("tr"),
            Locale.forLanguageTag("en-NG"), Locale.forLanguageTag("fr"), Locale.forLanguageTag("it"), Locale.forLanguageTag("nl")};
    private static final String[] SCHOOLS = {"state.edu", "illinois.edu", "umich.edu", "uw.edu", "asu.edu", "ucdavis.edu", "unc.edu"};

    private final Random rnd;
    private final List<Faker> fakers = new ArrayList<>();
    private final String domain;

    private EvalCorpus(long seed) {
        this.rnd = new Random(seed);
        for (Locale l : LOCALES) fakers.add(new Faker(l, new Random(rnd.nextLong())));
        this.domain = SCHOOLS[rnd.nextInt(SCHOOLS.length)];
    }

    /** The labelled set for a seed (the documented results use seed 42). */
    public static List<EvalDocument> generate(long seed) {
        EvalCorpus c = new EvalCorpus(seed);
        List<EvalDocument> out = new ArrayList<>();
        out.addAll(c.clean());
        out.addAll(c.records());
        return out;
    }

    // ---- people and values ------------------------------------------------------------------------------------

    private record Person(String first, String last) {
        String full() { return first + " " + last; }
        String lastFirst() { return last + ", " + first; }
    }

    private Person person() {
        Faker f = fakers.get(rnd.nextInt(fakers.size()));
        String first = EvalPdf.ascii(f.name().firstName()).replaceAll("[^A-Za-z' -]", "").trim();
        String last = EvalPdf.ascii(f.name().lastName()).replaceAll("[^A-Za-z' -]", "").trim();
        if (first.isEmpty() || last.isEmpty()) return person();
        return new Person(first.split(" ")[0], last);
    }

    private Person englishPerson() {
        Faker f = fakers.get(0);
        return new Person(f.name().firstName(), f.name().lastName());
    }

    private String email(Person p) {
        String local = switch (rnd.nextInt(3)) {
            case 0 -> (p.first().charAt(0) + p.last()).toLowerCase(Locale.ROOT) + (1 + rnd.nextInt(9));
            case 1 -> (p.first() + "." + p.last()).toLowerCase(Locale.ROOT);
            default -> (p.first().substring(0, Math.min(3, p.first().length())) + p.last().charAt(0) + rnd.nextInt(100)).toLowerCase(Locale.ROOT);
        };
        return local.replaceAll("[^a-z0-9.]", "") + "@" + domain;
    }

    private String uin() { return String.valueOf(600_000_000 + rnd.nextInt(99_999_999)); }

    private String letterId() { return "A" + String.format("%08d", rnd.nextInt(100_000_000)); }

    private String phone() { return "(" + (200 + rnd.nextInt(700)) + ") " + (200 + rnd.nextInt(700)) + "-" + String.format("%04d", rnd.nextInt(10000)); }

    private String ssn() {
        int area = 1 + rnd.nextInt(665);
        return String.format("%03d-%02d-%04d", area, 1 + rnd.nextInt(98), 1 + rnd.nextInt(9998));
    }

    private String dob() { return (1 + rnd.nextInt(12)) + "/" + (1 + rnd.nextInt(28)) + "/" + (2000 + rnd.nextInt(7)); }

    private String letter() { return new String[]{"A", "A-", "B+", "B", "B-", "C+", "C", "D", "A", "B+"}[rnd.nextInt(10)]; }

    private int score(int lo) { return lo + rnd.nextInt(101 - lo); }

    private String course() {
        return new String[]{"HIST 210", "BIOL 101", "CS 225", "PSYC 100", "ECON 302", "ENGL 245", "CHEM 232", "MATH 241"}[rnd.nextInt(8)];
    }

    private String term() { return new String[]{"Fall 2025", "Spring 2026", "Summer 2025", "Fall 2024"}[rnd.nextInt(4)]; }

    // ---- clean documents --------------------------------------------------------------------------------------

    private List<EvalDocument> clean() {
        List<EvalDocument> out = new ArrayList<>();
        int n = 1;
        out.add(syllabusInline(id(n++, "syllabus-inline-contacts")));
        out.add(syllabusStaffTable(id(n++, "syllabus-staff-table")));
        out.add(syllabusStaffSection(id(n++, "syllabus-staff-section")));
        out.add(bibliography(id(n++, "bibliography")));
        out.add(readingListTable(id(n++, "reading-list-table")));
        out.add(historyPrompt(id(n++, "history-essay-prompt")));
        out.add(caseStudy(id(n++, "case-study-fictional")));
        out.add(literatureExcerpt(id(n++, "literature-excerpt")));
        out.add(blankForm(id(n++, "blank-form")));
        out.add(blankAcroForm(id(n++, "blank-acroform")));
        out.add(blankExam(id(n++, "blank-exam")));
        out.add(schedule(id(n++, "course-schedule")));
        out.add(rubric(id(n++, "grading-rubric")));
        out.add(gradeDistribution(id(n++, "grade-distribution")));
        out.add(lectureNotesMath(id(n++, "lecture-notes-math")));
        out.add(problemSetCode(id(n++, "problem-set-code")));
        out.add(labSafety(id(n++, "lab-safety-contacts")));
        out.add(guestLecture(id(n++, "guest-lecture-announcement")));
        out.add(recommendationAdvice(id(n++, "how-to-ask-for-letters")));
        out.add(dataset(id(n++, "statistics-dataset")));
        out.add(taSections(id(n++, "ta-sections-table")));
        out.add(slides(id(n++, "slides-export")));
        out.add(caseStudyCast(id(n++, "case-study-cast-table")));
        out.add(biographyTimeline(id(n++, "biography-timeline")));
        out.add(scannedReading(id(n++, "scanned-reading")));
        return out;
    }

    private String id(int n, String kind) { return String.format("clean-%02d-%s", n, kind); }

    private EvalDocument syllabusInline(String id) {
        Person prof = englishPerson(), ta = person();
        String c = course();
        return EvalDocument.builder(id, false, "syllabus").meta("Author", prof.full()).meta("Title", c + " Syllabus")
                .line(c + ": Foundations of the Discipline", term(), "")
                .line("Instructor: Dr. " + prof.full(), "Email: " + email(prof), "Phone: " + phone(),
                        "Office: " + (100 + rnd.nextInt(300)) + " Gregory Hall", "Office hours: Tuesdays and Thursdays 2:00-3:30 pm",
                        "Teaching Assistant: " + ta.full() + " (" + email(ta) + ")", "")
                .line("Course Description", "This course introduces the central questions of the field through primary sources, "
                        + "short lectures and weekly discussion sections. We will read " + englishPerson().full() + " and "
                        + englishPerson().full() + " alongside recent scholarship.", "")
                .line("Grading").row("Component", "Weight").row("Weekly responses", "20%").row("Midterm exam", "25%")
                .row("Final paper", "35%").row("Participation", "20%").blank()
                .line("Accommodations", "Students who need academic accommodations should contact Disability Resources and "
                        + "Educational Services (DRES) as early as possible and provide their letter to the instructor.", "")
                .line("Academic Integrity", "All work must be your own. Cite every source you use.")
                .build();
    }

    private EvalDocument syllabusStaffTable(String id) {
        Person prof = person(), ta1 = person(), ta2 = person(), ta3 = person();
        return EvalDocument.builder(id, false, "syllabus").meta("Author", prof.full())
                .line(course() + " - Introduction to Programming", term(), "")
                .line("Course Staff").row("Name", "Role", "Email", "Office Hours")
                .row(prof.full(), "Instructor", email(prof), "Mon 10-11")
                .row(ta1.full(), "TA", email(ta1), "Wed 3-5")
                .row(ta2.full(), "TA", email(ta2), "Thu 1-3")
                .row(ta3.full(), "Course Assistant", email(ta3), "Fri 9-10").blank()
                .line("Textbook", "Downey, Allen B. Think Python, 2nd ed. O'Reilly, 2015.", "")
                .line("Grading").row("Item", "Points").row("Labs (12)", "240").row("Projects (3)", "360").row("Exams (2)", "400").blank()
                .line("Late work loses 10% per day. Questions go to the course forum, not to individual staff e-mail.")
                .build();
    }

    private EvalDocument syllabusStaffSection(String id) {
        Person prof = person(), ta = person(), coord = englishPerson();
        return EvalDocument.builder(id, false, "syllabus")
                .line("PSYC 100: Introduction to Psychology", "")
                .line("Contact Information")
                .line("Prof. " + prof.full(), email(prof), phone(), "Psychology Building, Room 2" + rnd.nextInt(100))
                .line(ta.full() + ", graduate teaching assistant, " + email(ta))
                .line("Course coordinator: " + coord.full() + ", " + email(coord), "")
                .line("Course Goals", "By the end of the term you will be able to describe classic studies by Pavlov, "
                        + "Skinner and Milgram and explain their methods and limits.", "")
                .line("Exams", "There are two midterms and a cumulative final. Bring your student ID to every exam.")
                .build();
    }

    private EvalDocument bibliography(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, false, "bibliography").line("Works Cited", "");
        for (int i = 0; i < 12; i++) {
            Person a = person(), e = person();
            int y = 1960 + rnd.nextInt(64);
            switch (i % 3) {
                case 0 -> b.line(a.lastFirst() + ". The Politics of Memory in the Modern Age. New York: Oxford University Press, " + y + ".");
                case 1 -> b.line(a.last() + ", " + a.first().charAt(0) + ". (" + y + "). Learning and identity in schools. Journal of Education, "
                        + (10 + rnd.nextInt(40)) + "(2), " + (100 + rnd.nextInt(200)) + "-" + (300 + rnd.nextInt(50)) + ".");
                default -> b.line(a.full() + " and " + e.full() + ", eds. Readings in Social Theory. Chicago: University of Chicago Press, " + y + ".");
            }
        }
        return b.build();
    }

    private EvalDocument readingListTable(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, false, "reading-list").line("Required Readings by Week", "")
                .row("Week", "Author", "Title", "Pages");
        String[] titles = {"The Souls of Black Folk", "Democracy in America", "The Origins of Totalitarianism", "Silent Spring",
                "The Structure of Scientific Revolutions", "Orientalism", "The Feminine Mystique", "Discipline and Punish"};
        for (int w = 1; w <= 8; w++) {
            Person a = person();
            b.row(String.valueOf(w), a.full(), titles[w - 1], (10 * w) + "-" + (10 * w + 35));
        }
        return b.build();
    }

    private EvalDocument historyPrompt(String id) {
        return EvalDocument.builder(id, false, "essay-prompt")
                .line("HIST 152 - Paper 2 Prompt", "")
                .line("Martin Luther King Jr. (born January 15, 1929) and Malcolm X offered competing visions of freedom. "
                        + "Drawing on at least three primary sources, compare how King and Malcolm X understood the role of "
                        + "nonviolence. You may also discuss Rosa Parks, Ella Baker and Bayard Rustin.", "")
                .line("Abraham Lincoln wrote to Horace Greeley in 1862 that his paramount object was to save the Union. "
                        + "Frederick Douglass answered him in his newspaper. How did Eleanor Roosevelt later use this history?", "")
                .line("Length: 1,500-2,000 words. Due: Friday, October 17 at 5 pm on Canvas.",
                        "Grading: thesis 30 points, evidence 40 points, organisation 20 points, style 10 points.")
                .build();
    }

    private EvalDocument caseStudy(String id) {
        Person a = person(), b = person(), c = person();
        return EvalDocument.builder(id, false, "case-study")
                .line("Case Study: Turnaround at Riverside Clinic", "")
                .line(a.full() + ", the newly hired operations manager at Riverside Clinic, faced a backlog of 400 unpaid claims. "
                        + "Her predecessor, " + b.full() + ", had relied on paper forms. " + a.first() + " met with the billing lead, "
                        + c.full() + ", who recommended a phased move to electronic records.", "")
                .line("\"We cannot stop seeing patients to fix the system,\" " + c.first() + " said. " + a.first()
                        + " weighed the cost of temporary staff against the risk of further delay.", "")
                .line("Discussion Questions", "1. What would you recommend " + a.first() + " do in the first 30 days?",
                        "2. How should " + a.first() + " measure success? Which numbers matter most?",
                        "3. What are the risks in " + c.first() + "'s proposal?")
                .build();
    }

    private EvalDocument literatureExcerpt(String id) {
        return EvalDocument.builder(id, false, "literature")
                .line("ENGL 245 - Reading Notes: Pride and Prejudice, Chapters 1-6", "")
                .line("Elizabeth Bennet meets Fitzwilliam Darcy at the Meryton assembly, where Darcy refuses to dance with her. "
                        + "Jane Bennet and Charles Bingley, by contrast, are drawn to each other at once. Mrs. Bennet hopes "
                        + "that Mr. Bingley will marry one of her daughters, while Charlotte Lucas warns Elizabeth.", "")
                .line("Characters").row("Character", "Relation").row("Elizabeth Bennet", "second daughter")
                .row("Jane Bennet", "eldest daughter").row("Mr. Darcy", "friend of Bingley").row("Charlotte Lucas", "Elizabeth's friend").blank()
                .line("Question: How does Austen use free indirect discourse to shape our view of Darcy?")
                .build();
    }

    private EvalDocument blankForm(String id) {
        return EvalDocument.builder(id, false, "blank-form")
                .line("Field Trip Permission and Emergency Contact Form", "")
                .line("Student Name: ______________________________", "Student ID: _______________",
                        "Date of Birth: ____/____/________", "Emergency contact: ___________________  Phone: _______________",
                        "Signature: ___________________________   Date: ____________", "")
                .line("Return this form to the department office by September 12.")
                .build();
    }

    private EvalDocument blankAcroForm(String id) {
        return EvalDocument.builder(id, false, "blank-form")
                .line("Independent Study Proposal", "", "Name:", "UIN:", "Email:", "Faculty sponsor:", "Proposed topic:")
                .field("StudentName", "").field("UIN", "").field("Email", "").field("Sponsor", "").field("Topic", "")
                .build();
    }

    private EvalDocument blankExam(String id) {
        return EvalDocument.builder(id, false, "exam")
                .line("MATH 241 Midterm Exam 1", "", "Name: ________________________   NetID: __________",
                        "Section: ____", "", "Instructions: You have 50 minutes. No calculators. Show all work.", "")
                .row("Problem", "Points", "Score").row("1", "20", "").row("2", "25", "").row("3", "25", "").row("4", "30", "")
                .row("Total", "100", "").blank()
                .line("1. Compute the gradient of f(x, y) = x^2 y + sin(xy) at the point (1, 0).")
                .build();
    }

    private EvalDocument schedule(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, false, "schedule").line("Course Schedule - " + term(), "")
                .row("Week", "Date", "Topic", "Reading", "Due");
        String[] topics = {"Introduction", "Sources and evidence", "Reconstruction", "The Gilded Age", "Progressivism",
                "World War I", "The New Deal", "Review and midterm", "Civil rights", "Cold War culture"};
        for (int w = 1; w <= 10; w++) {
            Person a = person();
            b.row(String.valueOf(w), "Sep " + (2 + w), topics[w - 1], a.last() + ", ch. " + (1 + rnd.nextInt(9)), w % 3 == 0 ? "Response " + w / 3 : "");
        }
        return b.build();
    }

    private EvalDocument rubric(String id) {
        return EvalDocument.builder(id, false, "rubric").line("Research Paper Rubric", "")
                .row("Criterion", "Excellent (A)", "Good (B)", "Needs work (C)", "Points")
                .row("Thesis", "Clear, arguable", "Clear", "Vague", "20")
                .row("Evidence", "Varied primary sources", "Some sources", "Few sources", "30")
                .row("Analysis", "Original", "Sound", "Descriptive", "30")
                .row("Style", "Polished", "Minor errors", "Many errors", "20").blank()
                .line("A paper that earns 90-100 points receives an A; 80-89 a B; 70-79 a C.")
                .build();
    }

    private EvalDocument gradeDistribution(String id) {
        return EvalDocument.builder(id, false, "statistics").line("Midterm Grade Distribution (all sections)", "")
                .row("Grade", "Count", "Percent").row("A", "34", "21%").row("B", "58", "36%").row("C", "41", "26%")
                .row("D", "17", "11%").row("F", "10", "6%").blank()
                .line("Mean score: 78.4 / 100. Median: 80. Regrades are due within one week.")
                .build();
    }

    private EvalDocument lectureNotesMath(String id) {
        return EvalDocument.builder(id, false, "lecture-notes").line("Lecture 7: Eigenvalues and Eigenvectors", "")
                .line("Definition. A scalar lambda is an eigenvalue of A if Av = lambda v for some nonzero v.",
                        "Example. For A = [[2, 1], [1, 2]] the characteristic polynomial is (2 - l)^2 - 1 = 0, so l = 1 or l = 3.",
                        "Theorem (Cauchy). Every real symmetric matrix has real eigenvalues.",
                        "Numerical check: 3.14159 x 2.71828 = 8.53973; 1024 x 768 = 786432 pixels.",
                        "Exercise 7.3: the matrix with entries 123456789 and 987654321 on the diagonal is diagonal already.")
                .build();
    }

    private EvalDocument problemSetCode(String id) {
        return EvalDocument.builder(id, false, "problem-set").line("CS 225 Problem Set 4: Validation", "")
                .line("1. Write a function that checks whether a string is a valid e-mail address. Test it on",
                        "   alice@example.com, bob.smith@example.org and carol@test and explain each result.",
                        "2. Implement the Luhn checksum. Verify that 4111 1111 1111 1111 passes and 4111 1111 1111 1112 fails.",
                        "3. Phone numbers: normalise 555-0100 and +1 (555) 010-0199 to E.164.",
                        "   def luhn(number: str) -> bool:", "       digits = [int(d) for d in number if d.isdigit()]",
                        "4. Hash table sizes: try 1000003 and 999983 buckets and report the load factor.")
                .build();
    }

    private EvalDocument labSafety(String id) {
        Person mgr = person();
        return EvalDocument.builder(id, false, "lab-manual").line("CHEM 232 Laboratory Safety", "")
                .line("In an emergency call 911. Campus Police: " + phone() + ". Environmental Health and Safety: " + phone() + ".",
                        "Lab manager: " + mgr.full() + ", Noyes Lab 104, " + email(mgr), "")
                .line("Goggles must be worn at all times. Report every spill to your TA immediately.",
                        "Waste containers are labelled by hazard class; never mix acids and organics.")
                .build();
    }

    private EvalDocument guestLecture(String id) {
        Person g = person(), host = person();
        return EvalDocument.builder(id, false, "announcement").line("Guest Lecture Series", "")
                .line("Dr. " + g.full() + ", Professor of Economics at the University of Toronto, will speak on "
                        + "\"Inflation and Inequality\" on Thursday, March 5 at 4 pm in Lincoln Hall 1092.",
                        "Hosted by Professor " + host.full() + ". Questions: " + email(host), "")
                .line("Students in ECON 302 should attend and submit a one-page reflection.")
                .build();
    }

    private EvalDocument recommendationAdvice(String id) {
        return EvalDocument.builder(id, false, "advice").line("How to Ask for a Letter of Recommendation", "")
                .line("Ask at least four weeks before the deadline. Give your recommender your resume, a draft statement "
                        + "of purpose and a list of programs. A strong letter says how long the writer has known you and "
                        + "what you did in their class.", "")
                .line("Students registered with Disability Resources who need accommodations for interviews should say so early.",
                        "Remember that letters are confidential; waive your FERPA right of access only if you are comfortable.")
                .build();
    }

    private EvalDocument dataset(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, false, "dataset").line("Lab 3 Data: State Indicators, 2020", "")
                .row("State", "Population", "Median income", "Graduation rate");
        String[] states = {"Illinois", "Ohio", "Texas", "Oregon", "Georgia", "Maine", "Nevada", "Iowa"};
        for (String s : states) b.row(s, String.valueOf(1_000_000 + rnd.nextInt(20_000_000)), "$" + (50 + rnd.nextInt(30)) + "," + (100 + rnd.nextInt(899)), (75 + rnd.nextInt(20)) + "%");
        return b.build();
    }

    private EvalDocument taSections(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, false, "syllabus").line("Discussion Sections", "")
                .row("Section", "Time", "Room", "TA", "TA email");
        for (int s = 1; s <= 5; s++) {
            Person ta = person();
            b.row("AD" + s, (8 + s) + ":00", "Siebel " + (1100 + rnd.nextInt(300)), ta.full(), email(ta));
        }
        return b.line("", "Attend the section you are registered for. Switching requires the TA's permission.").build();
    }

    private EvalDocument slides(String id) {
        Person prof = person();
        return EvalDocument.builder(id, false, "slides").meta("Author", prof.full())
                .line("BIOL 101 - Lecture 12", "Cellular Respiration", prof.full(), "")
                .newPage().line("Glycolysis", "- Occurs in the cytoplasm", "- Net gain: 2 ATP, 2 NADH", "- Pyruvate enters the mitochondria")
                .newPage().line("Krebs Cycle", "- Discovered by Hans Krebs (1937)", "- Produces 2 ATP per glucose", "- Quiz next week: chapters 9-10")
                .build();
    }

    private EvalDocument caseStudyCast(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, false, "case-study").line("Negotiation Simulation: Harbor Logistics", "")
                .line("Each team plays one party. Read only your role sheet.", "").row("Character", "Role", "Goal");
        String[] roles = {"CEO", "Union representative", "Mediator", "CFO", "City council member"};
        for (String r : roles) {
            Person p = person();
            b.row(p.full(), r, "Reach agreement before the deadline");
        }
        return b.build();
    }

    private EvalDocument biographyTimeline(String id) {
        return EvalDocument.builder(id, false, "timeline").line("Marie Curie: A Timeline", "")
                .row("Year", "Event").row("1867", "Born Maria Sklodowska in Warsaw").row("1891", "Moves to Paris; studies at the Sorbonne")
                .row("1903", "Nobel Prize in Physics with Pierre Curie and Henri Becquerel").row("1911", "Nobel Prize in Chemistry")
                .row("1934", "Dies in Passy, France").blank()
                .line("Discussion: Why did the Academy of Sciences reject her in 1911?")
                .build();
    }

    private EvalDocument scannedReading(String id) {
        return EvalDocument.builder(id, false, "reading").scanned().line("Week 4 Reading (scanned chapter)", "")
                .line("The Industrial Revolution transformed work, family life and cities. Historians still debate whether "
                        + "living standards rose or fell for workers between 1780 and 1850.")
                .build();
    }

    // ---- student records --------------------------------------------------------------------------------------

    private List<EvalDocument> records() {
        List<EvalDocument> out = new ArrayList<>();
        int n = 1;
        out.add(roster(rid(n++, "roster-table")));
        out.add(rosterCsv(rid(n++, "roster-csv-export")));
        out.add(gradebookCsv(rid(n++, "gradebook-csv")));
        out.add(gradebookTable(rid(n++, "gradebook-letter-grades")));
        out.add(gradebookById(rid(n++, "gradebook-by-id")));
        out.add(gradedEssay(rid(n++, "graded-essay")));
        out.add(gradedEssayAnnotated(rid(n++, "graded-essay-annotation")));
        out.add(examCover(rid(n++, "exam-cover-filled")));
        out.add(examCoverForm(rid(n++, "exam-cover-acroform")));
        out.add(recommendation(rid(n++, "recommendation-letter")));
        out.add(recommendationShort(rid(n++, "recommendation-letter-2")));
        out.add(accommodationToFaculty(rid(n++, "accommodation-letter")));
        out.add(accommodationToStudent(rid(n++, "accommodation-letter-2")));
        out.add(transcript(rid(n++, "transcript")));
        out.add(attendance(rid(n++, "attendance-sheet")));
        out.add(teamTable(rid(n++, "team-list-table")));
        out.add(teamProse(rid(n++, "team-list-prose")));
        out.add(ssnForm(rid(n++, "ssn-employment-form")));
        out.add(dobForm(rid(n++, "dob-emergency-form")));
        out.add(ocrRoster(rid(n++, "roster-ocr-lines")));
        out.add(advisingNote(rid(n++, "advising-note")));
        out.add(integrityReport(rid(n++, "integrity-report")));
        out.add(peerReview(rid(n++, "peer-review-scores")));
        out.add(scannedRoster(rid(n++, "scanned-roster")));
        return out;
    }

    private String rid(int n, String kind) { return String.format("record-%02d-%s", n, kind); }

    private EvalDocument roster(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "roster").line(course() + " Section " + (1 + rnd.nextInt(9)) + " - Class Roster", term(), "")
                .row("Student Name", "UIN", "Email", "Major");
        String[] majors = {"Biology", "History", "Computer Science", "Undeclared", "Economics"};
        for (int i = 0; i < 8; i++) {
            Person p = person();
            b.row(p.lastFirst(), uin(), email(p), majors[rnd.nextInt(majors.length)]);
        }
        return b.build();
    }

    private EvalDocument rosterCsv(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "roster").line("last_name,first_name,sis_user_id,login_id,section");
        for (int i = 0; i < 10; i++) {
            Person p = person();
            b.line(p.last() + "," + p.first() + "," + letterId() + "," + email(p) + ",LEC " + (1 + rnd.nextInt(3)));
        }
        return b.build();
    }

    private EvalDocument gradebookCsv(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "gradebook").line("Student,ID,SIS User ID,Section,HW1,HW2,Midterm,Final Score");
        for (int i = 0; i < 9; i++) {
            Person p = person();
            b.line("\"" + p.last() + " " + p.first() + "\"," + (10000 + rnd.nextInt(90000)) + "," + uin() + ",001," + score(50) + "," + score(50) + "," + score(40) + "," + score(40));
        }
        return b.build();
    }

    private EvalDocument gradebookTable(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "gradebook").line("Final Grades - " + course() + " - " + term(), "")
                .row("Name", "Midterm", "Final", "Project", "Grade");
        for (int i = 0; i < 7; i++) {
            Person p = person();
            b.row(p.full(), String.valueOf(score(45)), String.valueOf(score(45)), String.valueOf(score(60)), letter());
        }
        return b.build();
    }

    private EvalDocument gradebookById(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "gradebook").line("Exam 2 scores posted by Student ID", "")
                .row("Student ID", "Score", "Letter");
        for (int i = 0; i < 12; i++) b.row(uin(), String.valueOf(score(40)), letter());
        return b.build();
    }

    private EvalDocument gradedEssay(String id) {
        Person s = person();
        return EvalDocument.builder(id, true, "graded-essay")
                .line(s.full(), "ENGL 245", "Professor " + person().last(), "October 3", "")
                .line("Memory and Silence in Beloved", "")
                .line("Toni Morrison's Beloved refuses to let the past stay buried. In this essay I argue that Sethe's silence is "
                        + "not forgetting but a form of survival...", "")
                .line("Grade: " + letter(), "Comments: A thoughtful reading with strong close analysis. Your third paragraph "
                        + "needs a clearer link to the thesis. See me in office hours.")
                .build();
    }

    private EvalDocument gradedEssayAnnotated(String id) {
        Person s = person();
        return EvalDocument.builder(id, true, "graded-essay").meta("Title", "Essay 1 - " + s.full())
                .line("Essay 1: The Federalist Debate", "By " + s.full(), "")
                .line("Madison's argument in Federalist No. 10 depends on the size of the republic...", "")
                .annotation(s.first() + ": Good use of sources. Score: " + score(70) + "/100")
                .annotation("Thesis is too broad - narrow it in the revision.")
                .build();
    }

    private EvalDocument examCover(String id) {
        Person s = person();
        return EvalDocument.builder(id, true, "exam-cover")
                .line("CHEM 232 Final Exam", "")
                .row("Name: " + s.full(), "UIN: " + uin())
                .row("Section: AL" + (1 + rnd.nextInt(4)), "Seat: " + (char) ('A' + rnd.nextInt(6)) + rnd.nextInt(30)).blank()
                .row("Problem", "Points", "Score").row("1", "25", String.valueOf(10 + rnd.nextInt(16))).row("2", "25", String.valueOf(10 + rnd.nextInt(16)))
                .row("3", "50", String.valueOf(20 + rnd.nextInt(31))).row("Total", "100", String.valueOf(50 + rnd.nextInt(50)))
                .build();
    }

    private EvalDocument examCoverForm(String id) {
        Person s = person();
        return EvalDocument.builder(id, true, "exam-cover")
                .line("PHYS 211 Midterm - Cover Sheet", "", "Name:", "Student ID:", "Total score:")
                .field("StudentName", s.full()).field("StudentID", uin()).field("TotalScore", score(50) + "/100")
                .build();
    }

    private EvalDocument recommendation(String id) {
        Person s = person(), prof = person();
        return EvalDocument.builder(id, true, "recommendation")
                .line("Department of History", "", "To the Graduate Admissions Committee:", "")
                .line("I am writing with great enthusiasm to recommend " + s.full() + " for admission to your doctoral program. "
                        + "I have known " + s.first() + " for three years, first as a student in my seminar on early modern "
                        + "Europe and then as my research assistant.", "")
                .line(s.first() + "'s senior thesis was among the best I have supervised in twenty years. " + s.first()
                        + " is rigorous, generous with peers, and ready for independent research. I recommend " + s.first() + " without reservation.", "")
                .line("Sincerely,", "", prof.full(), "Professor of History")
                .build();
    }

    private EvalDocument recommendationShort(String id) {
        Person s = person(), prof = person();
        return EvalDocument.builder(id, true, "recommendation")
                .line("Re: Letter of reference for " + s.full(), "")
                .line("Dear Scholarship Selection Committee,", "")
                .line("It is my pleasure to support the application of Mx. " + s.last() + ", who completed CS 225 with me last spring. "
                        + "Among the 300 students in the course, " + s.first() + " ranked in the top five percent.", "")
                .line("Best regards,", prof.full())
                .build();
    }

    private EvalDocument accommodationToFaculty(String id) {
        Person s = person(), adv = person();
        return EvalDocument.builder(id, true, "accommodation")
                .line("Office of Disability Resources", "CONFIDENTIAL", "")
                .line("Student: " + s.full(), "UIN: " + uin(), "Course: " + course(), "")
                .line("Dear Instructor,", "")
                .line("This letter confirms that " + s.full() + " is registered with our office and is eligible for the following "
                        + "accommodations in your course:", "- Extended time (1.5x) on exams and quizzes",
                        "- Testing in a reduced-distraction environment", "- Access to lecture notes", "")
                .line("Sincerely,", adv.full(), "Access Specialist")
                .build();
    }

    private EvalDocument accommodationToStudent(String id) {
        Person s = person();
        return EvalDocument.builder(id, true, "accommodation")
                .line("Accessibility Services", "", "Dear " + s.first() + ",", "")
                .line("Your request for academic accommodations for " + term() + " has been approved. You are approved for "
                        + "extended testing time and a note-taking assistant. Please share this letter with your instructors.", "")
                .line("Warm regards,", "Accessibility Services Team")
                .build();
    }

    private EvalDocument transcript(String id) {
        Person s = person();
        EvalDocument.Builder b = EvalDocument.builder(id, true, "transcript")
                .line("UNOFFICIAL ACADEMIC TRANSCRIPT", "")
                .row("Name: " + s.lastFirst(), "Student ID: " + uin()).row("Program: BS Psychology", "Admit term: Fall 2022").blank()
                .line(term()).row("Course", "Title", "Credits", "Grade");
        String[][] courses = {{"PSYC 100", "Intro Psychology"}, {"STAT 200", "Statistics"}, {"ENGL 101", "Composition"}, {"BIOL 110", "Biology"}};
        for (String[] c : courses) b.row(c[0], c[1], String.valueOf(3 + rnd.nextInt(2)), letter());
        return b.blank().line("Term GPA: " + (2 + rnd.nextInt(2)) + "." + rnd.nextInt(10) + rnd.nextInt(10)
                + "   Cumulative GPA: 3." + rnd.nextInt(10) + rnd.nextInt(10), "Academic standing: Good standing").build();
    }

    private EvalDocument attendance(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "attendance").line("Attendance - " + course() + " Lab Section", "")
                .row("Student", "9/2", "9/4", "9/9", "9/11", "9/16");
        String[] marks = {"P", "P", "P", "A", "L", "E"};
        for (int i = 0; i < 8; i++) {
            Person p = person();
            b.row(p.full(), marks[rnd.nextInt(6)], marks[rnd.nextInt(6)], marks[rnd.nextInt(6)], marks[rnd.nextInt(6)], marks[rnd.nextInt(6)]);
        }
        return b.build();
    }

    private EvalDocument teamTable(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "team-list").line("Project Teams", "").row("Team", "Member", "Email");
        for (int t = 1; t <= 3; t++) {
            for (int m = 0; m < 3; m++) {
                Person p = person();
                b.row(m == 0 ? "Team " + t : "", p.full(), email(p));
            }
        }
        return b.build();
    }

    private EvalDocument teamProse(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "team-list").line("Capstone groups for " + term(), "");
        for (int t = 1; t <= 4; t++) {
            Person a = person(), c = person(), d = person();
            b.line("Group " + t + ": " + a.full() + " (" + email(a) + "), " + c.full() + " (" + email(c) + "), " + d.full() + " (" + email(d) + ")");
        }
        return b.line("", "Meet your group before Friday and choose a topic.").build();
    }

    private EvalDocument ssnForm(String id) {
        Person s = person();
        return EvalDocument.builder(id, true, "ssn")
                .line("Student Employment - Payroll Setup", "")
                .line("Employee name: " + s.full(), "SSN: " + ssn(), "Position: Undergraduate grader, " + course(), "Start date: 08/25/2025")
                .build();
    }

    private EvalDocument dobForm(String id) {
        Person s = person(), parent = person();
        return EvalDocument.builder(id, true, "dob")
                .line("Study Abroad Emergency Information", "")
                .line("Participant: " + s.full(), "Date of Birth: " + dob(), "Passport country: Canada",
                        "Emergency contact: " + parent.full() + ", " + phone())
                .build();
    }

    private EvalDocument ocrRoster(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "roster").line("Sign-in sheet - Review session");
        for (int i = 0; i < 7; i++) {
            Person p = person();
            b.line(p.full() + " " + uin() + " " + email(p));
        }
        return b.build();
    }

    private EvalDocument advisingNote(String id) {
        Person s = person(), adv = person();
        return EvalDocument.builder(id, true, "advising")
                .line("Advising Notes - Confidential", "")
                .line("Student: " + s.full(), "ID: " + letterId(), "Cumulative GPA: 1." + (7 + rnd.nextInt(3)) + rnd.nextInt(10), "")
                .line(s.first() + " is on academic probation after the spring term. We discussed reducing the course load to 12 "
                        + "credits and meeting with the tutoring center weekly.", "", "Advisor: " + adv.full())
                .build();
    }

    private EvalDocument integrityReport(String id) {
        Person s = person(), prof = person();
        return EvalDocument.builder(id, true, "integrity")
                .line("Academic Integrity Incident Report", "")
                .row("Student name:", s.full()).row("Student ID:", uin()).row("Course:", course()).row("Reported by:", "Prof. " + prof.full()).blank()
                .line("On the second midterm the student's answers matched another submission word for word. Proposed sanction: "
                        + "zero on the exam and a letter in the disciplinary file.")
                .build();
    }

    private EvalDocument peerReview(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "peer-review").line("Peer Evaluation Summary - Team 4", "")
                .row("Reviewer", "Reviewee", "Contribution (1-5)", "Comment");
        for (int i = 0; i < 5; i++) {
            Person a = person(), c = person();
            b.row(a.full(), c.full(), String.valueOf(1 + rnd.nextInt(5)), i % 2 == 0 ? "Reliable" : "Missed meetings");
        }
        return b.build();
    }

    private EvalDocument scannedRoster(String id) {
        EvalDocument.Builder b = EvalDocument.builder(id, true, "roster").scanned().line("Roster (scanned)", "").row("Name", "UIN");
        for (int i = 0; i < 6; i++) b.row(person().full(), uin());
        return b.build();
    }
}
