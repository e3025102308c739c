package org.equalify.eqpdf.pii;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PiiScannerTest {
    static PiiScanner scanner;

    @BeforeAll
    static void load() {
        scanner = PiiScanner.create(PiiConfig.defaults());
    }

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("syllabus with staff contacts", Decision.CLEAN, """
                        HIST 210: The American Civil War
                        Fall 2025
                        Instructor: Dr. Margaret Holloway
                        Email: mholloway@state.edu
                        Phone: (217) 333-4821
                        Office: 314 Gregory Hall
                        Office hours: Tuesday 2-4 pm
                        Teaching Assistant: Daniel Okafor (dokafor2@state.edu)

                        Course Description
                        We read Frederick Douglass, Abraham Lincoln and Harriet Tubman alongside recent historians.

                        Grading
                        Essays  40%
                        Midterm  25%
                        Final exam  35%

                        Accommodations
                        Students with disabilities who need accommodations should contact Disability Resources.
                        """),
                Arguments.of("bibliography", Decision.CLEAN, """
                        Required Readings
                        Foner, Eric. Reconstruction: America's Unfinished Revolution. New York: Harper, 1988.
                        McPherson, James M. (1988). Battle Cry of Freedom. Oxford University Press.
                        Blight, David W. Race and Reunion. Cambridge: Harvard University Press, 2001.
                        Jane Smith and Robert Brown, eds. Voices of the War (2010).
                        """),
                Arguments.of("blank form", Decision.CLEAN, """
                        Lab Safety Acknowledgement
                        Name: ______________________
                        Student ID: ________________
                        Date: ____________
                        Signature: _______________
                        """),
                Arguments.of("roster", Decision.NEEDS_REVIEW, """
                        Section 003 Roster
                        Name              UIN          Email
                        Maria Lopez       654321987    mlopez4@illinois.edu
                        Kevin Tran        612398745    ktran7@illinois.edu
                        Aisha Bello       698712345    abello2@illinois.edu
                        """),
                Arguments.of("graded essay", Decision.NEEDS_REVIEW, """
                        Student: Priya Raman
                        Essay 2: The Causes of the Civil War
                        The war began because of many causes, economic and political.
                        Grade: B+
                        Comments: Strong thesis, but the second section needs evidence.
                        """),
                Arguments.of("ssn", Decision.NEEDS_REVIEW, """
                        Financial aid verification
                        Applicant SSN: 512-44-6712
                        """),
                Arguments.of("roster of names only", Decision.NEEDS_REVIEW, """
                        Class Roster - BIOL 101 Lab B
                        Okonkwo Chidi
                        Ramirez Sofia
                        Haddad Yasmin
                        Kowalczyk Piotr
                        """),
                Arguments.of("accommodation form as label/value rows", Decision.NEEDS_REVIEW, """
                        Faculty Notification Letter
                        Student Name:    Ngozi Adebayo
                        Course:    PSYC 100
                        Approved accommodations:    Extended time on exams (1.5x); reduced-distraction testing room
                        The student is registered with the Disability Resource Center.
                        """),
                Arguments.of("conference speakers table", Decision.CLEAN, """
                        Symposium Program
                        Speaker              Affiliation             Email
                        Maria Gonzalez       University of Texas     mgonzalez@utexas.edu
                        David Cohen          Brandeis University     dcohen@brandeis.edu
                        Priya Natarajan      Yale University         pnatarajan@yale.edu
                        """),
                Arguments.of("syllabus with author line and grade scale", Decision.CLEAN, """
                        Laura Whitfield
                        ECON 302 Syllabus - Intermediate Microeconomics
                        Grade: A for 93 and above; Comments: see the rubric on Canvas.
                        Course Description
                        We study consumer choice, production and market structure.
                        """),
                Arguments.of("historical table with born column", Decision.CLEAN, """
                        Name                    Born     Died     Known for
                        Ada Lovelace            1815     1852     first published algorithm
                        Alan Turing             1912     1954     computability
                        Grace Hopper            1906     1992     compilers
                        """),
                Arguments.of("ocr gradebook single spaced", Decision.NEEDS_REVIEW, """
                        Midterm results
                        Hamid Rezaei 671234598 B+
                        Lucia Ferraro 682345109 A-
                        Tomasz Nowicki 693456210 C
                        """),
                Arguments.of("email thread about a grade", Decision.NEEDS_REVIEW, """
                        From: Jordan Ellis <jellis22@state.edu>
                        To: Prof. Amanda Reyes
                        Subject: Midterm regrade request
                        Student: Jordan Ellis, UIN 665432198
                        I received a C+ on the midterm and would like question 3 regraded.
                        Grade: C+
                        """),
                Arguments.of("statistics exercise with hypothetical students", Decision.CLEAN, """
                        Exercise 4. The table below shows hypothetical data for eight students.
                        Student           Hours studied     Exam score
                        Alice Moreno      4                 72
                        Ben Okafor        7                 85
                        Chloe Martin      2                 61
                        Dev Raman         9                 93
                        Fit a regression line and interpret the slope.
                        """),
                Arguments.of("first-name grade list", Decision.NEEDS_REVIEW, """
                        Quiz 3
                        Name        Grade
                        Maria       B+
                        Kevin       A-
                        Aisha       C
                        Tomas       B
                        """),
                Arguments.of("TA list under an informal heading", Decision.CLEAN, """
                        Your TAs this semester
                        Rahul Mehta        rmehta3@state.edu
                        Emily Chen         echen12@state.edu
                        Jonas Berg         jberg@state.edu
                        """),
                Arguments.of("syllabus with campus office mailboxes", Decision.CLEAN, """
                        Campus Resources
                        Writing Center: writing@state.edu
                        Counseling Center: counseling@state.edu
                        Library research help: askalibrarian@state.edu
                        Tutoring: tutoring@state.edu
                        """),
                Arguments.of("e-mail to a student about a grade", Decision.NEEDS_REVIEW, """
                        Dear Maria,
                        Thank you for your paper on the New Deal. You earned a B+ on it; the argument is clear but the
                        conclusion needs more evidence. Let me know if you want to discuss it.
                        Best regards,
                        Prof. Holloway
                        """),
                Arguments.of("faculty directory", Decision.CLEAN, """
                        Faculty Directory
                        Margaret Holloway      mholloway@state.edu     333-4821
                        Daniel Okafor          dokafor@state.edu       333-4822
                        Priya Raman            praman@state.edu        333-4823
                        """),
                Arguments.of("essay with a one-line student header", Decision.NEEDS_REVIEW, """
                        Sofia Marchetti - ENGL 101 - Essay 2
                        Why Orwell Still Matters
                        Orwell's essay on language warns that vague words hide cruel ideas.
                        Score: 88/100
                        Comments: Good structure; cite page numbers.
                        """),
                Arguments.of("table of presidents with dates of birth", Decision.CLEAN, """
                        Name                  Date of Birth     Died          Party
                        John F. Kennedy       05/29/1917        11/22/1963    Democratic
                        Gerald Ford           07/14/1913        12/26/2006    Republican
                        Jimmy Carter          10/01/1924        12/29/2024    Democratic
                        """),
                Arguments.of("recommendation letter naming the student away from the topic words", Decision.NEEDS_REVIEW, """
                        Dear Members of the Fellowship Committee,
                        I am pleased to write on behalf of a student from my seminar.
                        Over two semesters Daniel Whitcombe led our reading group and wrote an outstanding thesis.
                        I recommend this candidate with enthusiasm.
                        Sincerely,
                        Prof. Ellen Park
                        """),
                Arguments.of("recommendation letter", Decision.NEEDS_REVIEW, """
                        To the Admissions Committee:
                        I am delighted to recommend Tomas Novak for your graduate program. Tomas Novak was a student
                        in my course on organic chemistry and ranked among the top five of 200 students.
                        Sincerely,
                        Dr. Ellen Park
                        Professor of Chemistry
                        """)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void decides(String name, Decision expected, String text) {
        PiiScanResult r = scanner.scan(ScanInput.ofText(text));
        assertEquals(expected, r.decision(), () -> name + ": " + r.toJson());
    }

    @Test
    void unreadablePageNeedsReview() {
        PiiScanResult r = scanner.scan(ScanInput.ofPages(List.of(ScanPage.text(1, List.of("Week 1 notes")), ScanPage.unreadable(2, "text"))));
        assertEquals(Decision.NEEDS_REVIEW, r.decision());
        assertTrue(r.reasons().get(0).contains("could not be read"));
    }

    @Test
    void formFieldsAreScanned() {
        ScanInput in = new ScanInput(List.of(ScanPage.text(1, List.of("Midterm exam cover sheet", "Name:", "Score:"))), Map.of(), List.of(),
                Map.of("StudentName", "Lena Fischer", "StudentID", "671234598", "Score", "88/100"));
        assertEquals(Decision.NEEDS_REVIEW, scanner.scan(in).decision());
    }

    @Test
    void oddTextNeverThrowsAndLongLinesStillCount() {
        java.util.Random r = new java.util.Random(7);
        String alphabet = "AaBbJjMm  ,.:;@-_()/0123456789\t|Ss\u00e9\u2014\n";
        for (int i = 0; i < 50; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(2000); k > 0; k--) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            scanner.scan(ScanInput.ofText(b.toString()));
        }
        StringBuilder flat = new StringBuilder();
        for (int k = 0; k < 400; k++) flat.append("Maria Lopez 654321987 mlopez4@state.edu ");
        assertEquals(Decision.NEEDS_REVIEW, scanner.scan(ScanInput.ofText(flat.toString())).decision());
    }

    @Test
    void jsonUsesWireNames() {
        String json = scanner.scan(ScanInput.ofText("Week 1: Introduction")).toJson();
        assertTrue(json.contains("\"decision\" : \"clean\""), json);
    }
}
