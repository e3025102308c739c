package org.equalify.eqpdf.pii;

import org.equalify.eqpdf.pii.recognizer.CreditCardRecognizer;
import org.equalify.eqpdf.pii.recognizer.DateOfBirthRecognizer;
import org.equalify.eqpdf.pii.recognizer.EmailRecognizer;
import org.equalify.eqpdf.pii.recognizer.GradeRecognizer;
import org.equalify.eqpdf.pii.recognizer.NameGazetteer;
import org.equalify.eqpdf.pii.recognizer.NlpModels;
import org.equalify.eqpdf.pii.recognizer.PersonNameRecognizer;
import org.equalify.eqpdf.pii.recognizer.PhoneRecognizer;
import org.equalify.eqpdf.pii.recognizer.Recognizer;
import org.equalify.eqpdf.pii.recognizer.StreetAddressRecognizer;
import org.equalify.eqpdf.pii.recognizer.StudentIdRecognizer;
import org.equalify.eqpdf.pii.recognizer.UsSsnRecognizer;

import java.util.List;
import java.util.Objects;

/**
 * The PII gate: decides whether a course document may be processed ({@code clean}) or carries a student record
 * and must wait for a person ({@code needs_review}). Built once from a {@link PiiConfig} (the OpenNLP models and
 * name lists load once, from the classpath); thread-safe; needs no services. Results never contain raw values.
 */
public final class PiiScanner {
    private final PiiConfig config;
    private final List<Recognizer> recognizers;
    private final RecordAssessor assessor;

    private PiiScanner(PiiConfig config, List<Recognizer> recognizers, NameGazetteer gazetteer) {
        this.config = config;
        this.recognizers = List.copyOf(recognizers);
        this.assessor = new RecordAssessor(config, this.recognizers, new Redactor(gazetteer), gazetteer);
    }

    /** Builds a scanner with the standard recognisers, loading the models and name lists once. */
    public static PiiScanner create(PiiConfig config) {
        Objects.requireNonNull(config, "config");
        NameGazetteer gazetteer = NameGazetteer.load();
        NlpModels models = NlpModels.load();
        return new PiiScanner(config, standardRecognizers(config, gazetteer, models), gazetteer);
    }

    /** Builds a scanner with the given recognisers (an extension point: add or replace recognisers). */
    public static PiiScanner create(PiiConfig config, List<Recognizer> recognizers) {
        return new PiiScanner(config, recognizers, NameGazetteer.load());
    }

    /** The standard recogniser set for the given configuration. */
    public static List<Recognizer> standardRecognizers(PiiConfig config, NameGazetteer gazetteer, NlpModels models) {
        return List.of(new UsSsnRecognizer(), new CreditCardRecognizer(), new EmailRecognizer(), new PhoneRecognizer(),
                new DateOfBirthRecognizer(), new StudentIdRecognizer(config.studentIdFormats()),
                new StreetAddressRecognizer(), new GradeRecognizer(), new PersonNameRecognizer(gazetteer, models));
    }

    public PiiConfig config() { return config; }

    public List<Recognizer> recognizers() { return recognizers; }

    /** Scans one document. Never throws for odd text; the result holds only redacted values. */
    public PiiScanResult scan(ScanInput input) {
        Objects.requireNonNull(input, "input");
        return assessor.assess(input);
    }
}
