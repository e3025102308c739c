package org.equalify.eqpdf.pii.recognizer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonNameRecognizerTest {
    static PersonNameRecognizer names;

    @BeforeAll
    static void load() {
        names = new PersonNameRecognizer(NameGazetteer.load(), NlpModels.load());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            Student: [Maria Anderson]                            | PERSON | 0.9
            [Anderson, Maria]                                    | PERSON | 0.85
            Office hours with Dr. [Okafor] on Monday             | PERSON | 0.7
            I recommend [Kevin Tran] without reservation.        | PERSON | 0.9
            [JOHN SMITH]                                         | PERSON | 0.9
            Linear Algebra and Its Applications                  | NONE   | 0
            Week 3: The Gilded Age                               | NONE   | 0
            """)
    void names(String text, String type, double score) {
        Marked.check(names, text, null, type, score);
    }

    @Test
    void gazetteerIsLoadedFromDatafaker() {
        NameGazetteer g = names.gazetteer();
        assertTrue(g.firstNames().size() > 5000, "first names: " + g.firstNames().size());
        assertTrue(g.isLastName("Nguyen") && g.isFirstName("Maria") && g.isAmbiguous("May"));
    }
}
