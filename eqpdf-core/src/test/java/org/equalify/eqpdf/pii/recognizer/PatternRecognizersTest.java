package org.equalify.eqpdf.pii.recognizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table-driven: text (expected span in brackets) | context (or empty) | expected type (NONE = no hit) | score. */
class PatternRecognizersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Contact [jane.doe@illinois.edu] for help     |                 | EMAIL | 0.95
            [a.b-c+tag@mail.uni.ac.uk]                     |                 | EMAIL | 0.85
            send to alice@example.com please             |                 | NONE  | 0
            not an address: jane@@x.com                  |                 | NONE  | 0
            """)
    void email(String text, String context, String type, double score) {
        Marked.check(new EmailRecognizer(), text, context, type, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Phone: [(217) 333-4821]                      |                 | PHONE | 0.8
            call [217.333.4821] after 5                  |                 | PHONE | 0.8
            [+44 20 7946 0958]                           |                 | PHONE | 0.5
            Mobile: [+49 30 901820]                      |                 | PHONE | 0.8
            version 1.2.3.4567                           |                 | NONE  | 0
            Cell: [+49 151 2345 6789]                    |                 | PHONE | 0.8
            ISBN 978-0-19-953556-9                       |                 | NONE  | 0
            (117) 333-4821                               |                 | NONE  | 0
            """)
    void phone(String text, String context, String type, double score) {
        Marked.check(new PhoneRecognizer(), text, context, type, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            SSN: [512-44-6712]                           |                 | US_SSN | 0.95
            [512-44-6712]                                |                 | US_SSN | 0.85
            Social Security No. [512446712]              |                 | US_SSN | 0.9
            UIN 512446712                                |                 | NONE   | 0
            SSN: 000-12-3456                             |                 | NONE   | 0
            SSN: 666-12-3456                             |                 | NONE   | 0
            SSN: 912-12-3456                             |                 | NONE   | 0
            SSN: 512-00-3456                             |                 | NONE   | 0
            SSN: 512-12-0000                             |                 | NONE   | 0
            SSN: 078-05-1120                             |                 | NONE   | 0
            """)
    void ssn(String text, String context, String type, double score) {
        Marked.check(new UsSsnRecognizer(), text, context, type, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Card number: [4539 1488 0343 6467]           |                 | CREDIT_CARD | 0.9
            [5425-2334-3010-9903]                        |                 | CREDIT_CARD | 0.6
            [378734493671000]                            |                 | CREDIT_CARD | 0.6
            4539 1488 0343 6468                          |                 | NONE        | 0
            test card 4111 1111 1111 1111                |                 | NONE        | 0
            """)
    void creditCard(String text, String context, String type, double score) {
        Marked.check(new CreditCardRecognizer(), text, context, type, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            UIN: [654321987]                             |                 | STUDENT_ID | 0.85
            Student ID [A00123456]                       |                 | STUDENT_ID | 0.85
            ID# [1234567]                                |                 | STUDENT_ID | 0.75
            [654321987]                                  | UIN             | STUDENT_ID | 0.85
            [654321987]                                  |                 | STUDENT_ID | 0.3
            room 1234567 is booked                       |                 | STUDENT_ID | 0.15
            price $123456789                             |                 | NONE       | 0
            3.1415926                                    |                 | NONE       | 0
            """)
    void studentId(String text, String context, String type, double score) {
        if (text.startsWith("room")) {
            Marked.check(new StudentIdRecognizer(), "room [1234567] is booked", context, type, score);
            return;
        }
        Marked.check(new StudentIdRecognizer(), text, context, type, score);
    }

    @Test
    void studentIdFormatsAreConfigurable() {
        StudentIdRecognizer r = new StudentIdRecognizer(java.util.List.of("U\\d{7}"));
        assertFalse(r.recognize("UIN: U1234567").isEmpty());
        assertTrue(r.recognize("UIN: 654321987").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            DOB: [03/14/2004]                            |                 | DATE_OF_BIRTH | 0.9
            Date of birth: [2004-03-14]                  |                 | DATE_OF_BIRTH | 0.9
            born [March 14, 1961] in Ohio                |                 | DATE_OF_BIRTH | 0.6
            Due: 03/14/2026                              |                 | NONE          | 0
            DOB: 03/14/1850                              |                 | NONE          | 0
            """)
    void dateOfBirth(String text, String context, String type, double score) {
        Marked.check(new DateOfBirthRecognizer(), text, context, type, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Home address: [1204 W Oregon St, Apt 3]      |                 | STREET_ADDRESS | 0.8
            [742 Evergreen Terrace]                      |                 | STREET_ADDRESS | 0.6
            [Urbana, IL 61801]                           |                 | STREET_ADDRESS | 0.6
            Office: 314 Gregory Hall                     |                 | NONE           | 0
            """)
    void streetAddress(String text, String context, String type, double score) {
        Marked.check(new StreetAddressRecognizer(), text, context, type, score);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Grade: [A-]                                  |                 | GRADE | 0.7
            Final grade [B+]                             |                 | GRADE | 0.7
            Score: [87/100]                              |                 | GRADE | 0.7
            Cumulative GPA: [3.42]                       |                 | GRADE | 0.75
            [B+]                                         | Final Grade     | GRADE | 0.6
            [92]                                         | Midterm         | GRADE | 0.6
            A good answer earns full credit              |                 | NONE  | 0
            92                                           | Week            | NONE  | 0
            """)
    void grade(String text, String context, String type, double score) {
        Marked.check(new GradeRecognizer(), text, context, type, score);
    }

    @Test
    void luhn() {
        assertTrue(CreditCardRecognizer.luhn("79927398713"));
        assertFalse(CreditCardRecognizer.luhn("79927398710"));
    }
}
