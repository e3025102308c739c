package org.equalify.eqpdf.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.equalify.eqpdf.pipeline.LedgerEntry;

/** Writes reports and ledgers as pretty, snake_case JSON. */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() { }

    public static String write(ConversionReport report) { return toJson(report); }

    public static String ledger(List<LedgerEntry> ledger) { return toJson(ledger); }

    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise report", e);
        }
    }
}
