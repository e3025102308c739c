package org.equalify.eqpdf.pii.eval;

import org.equalify.eqpdf.pii.PiiConfig;
import org.equalify.eqpdf.pii.PiiScanner;

/** Developer tool: prints every document's decision and reasons. */
public class EvalDebug {
    public static void main(String[] args) throws Exception {
        PiiScanner s = PiiScanner.create(PiiConfig.defaults());
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        Evaluation.Report r = Evaluation.builtin(s, seed);
        for (Evaluation.Row row : r.rows()) {
            boolean ok = row.studentRecord() == row.predictedRecord();
            System.out.printf("%s %-45s %-13s %.3f %s%n", ok ? "  " : "XX", row.id(), row.result().decision(), row.result().score(), row.result().reasons());
            if (!ok || args.length > 1) row.result().findings().stream().limit(6).forEach(f -> System.out.println("      " + f));
        }
        System.out.println(r.summary());
    }
}
