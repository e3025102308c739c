package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.equalify.eqpdf.report.Problem;

/** What a stage may write besides the document: ledger entries and problems. One per conversion; not shared. */
public final class StageContext {
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Map<String, Long> timings = new java.util.LinkedHashMap<>();
    private String currentStage = "";

    /** Marks which stage the following records and problems belong to. */
    public void enter(String stage) { currentStage = stage; }

    /** Adds wall time spent in a stage (summed when a stage runs more than once). */
    public void time(String stage, long millis) { timings.merge(stage, millis, Long::sum); }

    public java.util.Map<String, Long> timings() { return Collections.unmodifiableMap(timings); }

    public void record(int page, String action, String detail, String reason) {
        ledger.add(new LedgerEntry(currentStage, page, action, detail, reason));
    }

    public void warn(int page, String category, String message) {
        problems.add(Problem.warning(currentStage, page, category, message));
    }

    public void error(int page, String category, String message) {
        problems.add(Problem.error(currentStage, page, category, message));
    }

    public void add(Problem p) { problems.add(p); }

    public List<LedgerEntry> ledger() { return Collections.unmodifiableList(ledger); }

    public List<Problem> problems() { return Collections.unmodifiableList(problems); }
}
