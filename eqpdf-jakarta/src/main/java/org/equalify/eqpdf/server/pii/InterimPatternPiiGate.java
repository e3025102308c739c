package org.equalify.eqpdf.server.pii;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * INTERIM adapter until eqpdf-core's PiiScanner lands on main: pattern recognisers for e-mail addresses,
 * 9-digit university IDs, US SSNs and phone numbers, page by page. Two or more distinct values, or any ID/SSN,
 * need review. Snippets are masked before they leave this class.
 */
@ApplicationScoped
public class InterimPatternPiiGate implements PiiGate {
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern UIN = Pattern.compile("(?<![\\d-])\\d{9}(?![\\d-])");
    private static final Pattern SSN = Pattern.compile("(?<!\\d)\\d{3}-\\d{2}-\\d{4}(?!\\d)");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}(?!\\d)");

    @Override
    public Verdict scan(Path pdf) throws Exception {
        List<Finding> findings = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>();
        boolean strongId = false;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper st = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                st.setStartPage(p);
                st.setEndPage(p);
                String text = st.getText(doc);
                strongId |= find(text, UIN, "UNIVERSITY_ID", 0.85, p, findings, distinct);
                strongId |= find(text, SSN, "US_SSN", 0.9, p, findings, distinct);
                find(text, EMAIL, "EMAIL_ADDRESS", 0.8, p, findings, distinct);
                find(text, PHONE, "PHONE_NUMBER", 0.6, p, findings, distinct);
            }
        }
        List<String> reasons = new ArrayList<>();
        if (strongId) reasons.add("student or personal ID numbers found");
        if (distinct.size() >= 2) reasons.add(distinct.size() + " distinct personal values found");
        boolean review = strongId || distinct.size() >= 2;
        double score = findings.stream().mapToDouble(Finding::score).max().orElse(0.0);
        return new Verdict(review ? Decision.NEEDS_REVIEW : Decision.CLEAN, score, List.copyOf(findings), reasons);
    }

    private static boolean find(String text, Pattern p, String type, double score, int page, List<Finding> out, Set<String> distinct) {
        Matcher m = p.matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (distinct.add(type + ":" + m.group()) && out.size() < 200) {
                out.add(new Finding(type, page, score, "pattern match", mask(m.group())));
            }
        }
        return any;
    }

    /** Keeps the shape, hides the value: "j***@***.edu", "12*******". */
    static String mask(String v) {
        int at = v.indexOf('@');
        if (at > 0) {
            int dot = v.lastIndexOf('.');
            return v.charAt(0) + "***@***" + (dot > at ? v.substring(dot) : "");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            b.append(Character.isDigit(c) && i >= 2 ? '*' : c);
        }
        return b.toString();
    }
}
