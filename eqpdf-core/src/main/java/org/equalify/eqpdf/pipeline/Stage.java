package org.equalify.eqpdf.pipeline;

import org.equalify.eqpdf.document.Document;

/**
 * One step over a document. Every stage has the same call shape so the driver can run, time, snapshot and
 * ledger them alike, and so an optional (e.g. AI) stage can slot in without changing the others.
 * A stage must not keep state between documents: one instance serves many threads.
 */
public interface Stage {
    /** A short stable name used in reports, snapshots and the ledger (e.g. "heading-levels"). */
    String name();

    /** Returns the document with this stage's changes; records each change in {@code context}. */
    Document apply(Document document, StageContext context);
}
