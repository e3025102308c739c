package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.equalify.eqpdf.report.Problem;

/** What a stage may write besides the document: ledger entries and problems. One per conversion; not shared. */
public final class StageContext {
    private final List<LedgerEntry> ledger = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private String currentStage = "";

    void enter(String stage) { currentStage = stage; }

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
