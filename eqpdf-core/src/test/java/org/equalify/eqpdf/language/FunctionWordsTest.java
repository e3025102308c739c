package org.equalify.eqpdf.language;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FunctionWordsTest {
    private static final String EN = "The midterm covers the first six weeks of the course. Bring a calculator and one page of "
            + "notes; phones are not allowed in the exam room, and answers without work will not receive full credit.";
    private static final String FR = "Le partiel porte sur les six premières semaines du cours. Apportez une calculatrice et "
            + "une page de notes ; les téléphones ne sont pas autorisés dans la salle d'examen.";
    private static final String DE = "Die Klausur umfasst die ersten sechs Wochen der Vorlesung. Bringen Sie einen Taschenrechner "
            + "und eine Seite mit Notizen mit; Telefone sind im Prüfungsraum nicht erlaubt.";

    @Test
    void proseIsClearlyInItsOwnLanguage() {
        assertTrue(FunctionWords.clearlyIn("en", EN));
        assertTrue(FunctionWords.clearlyIn("fr", FR));
        assertTrue(FunctionWords.clearlyIn("de", DE));
    }

    @Test
    void aParagraphInAnotherLanguageIsNeverConfirmed() {
        assertFalse(FunctionWords.clearlyIn("en", FR));
        assertFalse(FunctionWords.clearlyIn("en", DE));
        assertFalse(FunctionWords.clearlyIn("fr", EN));
        assertFalse(FunctionWords.clearlyIn("de", FR));
    }

    @Test
    void tooFewWordsOrAnUnlistedLanguageLeaveItToTheDetector() {
        assertFalse(FunctionWords.clearlyIn("en", "The end of the course."), "too short to tell");
        assertFalse(FunctionWords.clearlyIn("ko", EN), "no list for Korean");
        assertFalse(FunctionWords.clearlyIn("en", "Matrix multiplication, eigenvalues, eigenvectors, determinants, "
                + "singular value decomposition, orthogonal projections, least squares, Gram-Schmidt process"), "a keyword list");
    }
}
