package org.equalify.eqpdf.pii.recognizer;

import java.util.List;
import java.util.regex.Pattern;

/** Street addresses (number + street name + suffix) and "City, ST 12345" lines. */
public final class StreetAddressRecognizer extends PatternRecognizer {
    private static final String SUFFIX = "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|"
            + "Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl)";
    private static final Pattern STREET = Pattern.compile(
            "(?<![\\w-])(\\d{1,6}[A-Z]?\\s+(?:[NSEW]\\.?\\s+)?(?:[A-Z][A-Za-z'.-]*\\s+){1,4}" + SUFFIX
                    + "\\b\\.?(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*[\\w-]+)?)");
    private static final Pattern CITY_STATE_ZIP = Pattern.compile(
            "(?<!\\w)([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2},\\s*(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|"
                    + "N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])\\s+\\d{5}(?:-\\d{4})?)(?!\\d)");

    public StreetAddressRecognizer() {
        super("STREET_ADDRESS", List.of(STREET, CITY_STATE_ZIP),
                List.of("address", "home", "residence", "mailing", "lives at", "street", "permanent"),
                0.6, 0.8);
    }
}
