package org.equalify.eqpdf.pii;

import org.equalify.eqpdf.pii.recognizer.StudentIdRecognizer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the PII gate decides. Immutable; start from {@link #defaults()} and change what you need.
 *
 * @param reviewThreshold   document score at or above which the decision is needs_review (0..1)
 * @param minFindingScore   entities below this score are not listed as findings
 * @param maxFindings       at most this many findings are listed (strongest first)
 * @param studentIdFormats  regular expressions for the institution's student-ID formats (whole identifier)
 * @param allowlist         values never reported or counted (compared case-insensitively), e.g. a
 *                          department's shared mailbox or the instructor's name
 * @param staffRoleWords    words that mark a line or table as course staff (instructor, TA...), lower case
 */
public record PiiConfig(double reviewThreshold, double minFindingScore, int maxFindings, List<String> studentIdFormats,
                        Set<String> allowlist, Set<String> staffRoleWords) {
    public static final Set<String> DEFAULT_STAFF_WORDS = Set.copyOf(java.util.Arrays.asList("instructor", "instructors", "professor", "prof.",
            "lecturer", "teaching assistant", "teaching assistants", "ta", "tas", "ta:", "grader", "course staff",
            "teaching team", "office hours", "office:", "office", "coordinator", "director", "dean", "chair",
            "department", "faculty", "advisor", "adviser", "counselor", "librarian", "course assistant",
            "contact information", "instructor information", "staff"));

    public PiiConfig {
        if (reviewThreshold <= 0 || reviewThreshold > 1) throw new IllegalArgumentException("reviewThreshold must be in (0, 1]");
        studentIdFormats = List.copyOf(studentIdFormats);
        allowlist = allowlist.stream().map(s -> s.toLowerCase(Locale.ROOT).trim()).collect(Collectors.toUnmodifiableSet());
        staffRoleWords = staffRoleWords.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static PiiConfig defaults() {
        return new PiiConfig(0.5, 0.4, 50, StudentIdRecognizer.DEFAULT_FORMATS, Set.of(), DEFAULT_STAFF_WORDS);
    }

    public PiiConfig withReviewThreshold(double v) { return new PiiConfig(v, minFindingScore, maxFindings, studentIdFormats, allowlist, staffRoleWords); }
    public PiiConfig withMinFindingScore(double v) { return new PiiConfig(reviewThreshold, v, maxFindings, studentIdFormats, allowlist, staffRoleWords); }
    public PiiConfig withMaxFindings(int v) { return new PiiConfig(reviewThreshold, minFindingScore, v, studentIdFormats, allowlist, staffRoleWords); }
    public PiiConfig withStudentIdFormats(List<String> v) { return new PiiConfig(reviewThreshold, minFindingScore, maxFindings, v, allowlist, staffRoleWords); }
    public PiiConfig withAllowlist(Set<String> v) { return new PiiConfig(reviewThreshold, minFindingScore, maxFindings, studentIdFormats, v, staffRoleWords); }
    public PiiConfig withStaffRoleWords(Set<String> v) { return new PiiConfig(reviewThreshold, minFindingScore, maxFindings, studentIdFormats, allowlist, v); }
}
