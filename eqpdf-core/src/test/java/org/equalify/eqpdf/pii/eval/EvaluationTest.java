package org.equalify.eqpdf.pii.eval;

import org.equalify.eqpdf.pii.PiiConfig;
import org.equalify.eqpdf.pii.PiiScanner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The acceptance targets on the built-in labelled set: recall >= 0.95 on records, FPR <= 0.10 on clean documents. */
class EvaluationTest {
    @Test
    void builtinSetMeetsTargets() throws Exception {
        var set = EvalCorpus.generate(42);
        long records = set.stream().filter(EvalDocument::studentRecord).count();
        assertTrue(records >= 20 && set.size() - records >= 20, "at least 20 of each label");
        Evaluation.Report r = Evaluation.builtin(PiiScanner.create(PiiConfig.defaults()), 42);
        System.out.print(r.summary());
        assertTrue(r.recall() >= 0.95, r.summary());
        assertTrue(r.falsePositiveRate() <= 0.10, r.summary());
    }
}
