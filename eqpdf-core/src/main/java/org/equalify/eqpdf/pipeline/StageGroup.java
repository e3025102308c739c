package org.equalify.eqpdf.pipeline;

import java.util.List;

/**
 * Stages that run as one step under the first one's name, so the step list that batch jobs mirror stays
 * the same when a stage gains a companion (note linking after structure, contents linking after cleanup).
 * Each part records under its own name, and a part that throws is reported and skipped on its own.
 */
record StageGroup(String name, List<Stage> parts) implements Stage {
    StageGroup {
        parts = List.copyOf(parts);
    }

    static StageGroup of(Stage first, Stage... more) {
        List<Stage> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return new StageGroup(first.name(), all);
    }

    @Override
    public org.equalify.eqpdf.document.Document apply(org.equalify.eqpdf.document.Document doc, StageContext ctx) {
        try {
            for (Stage part : parts) {
                ctx.enter(part.name());
                try {
                    doc = part.apply(doc, ctx);
                } catch (RuntimeException e) {
                    if (part == parts.get(0)) throw e;
                    ctx.warn(0, "stage-failed", "stage " + part.name() + " failed (" + e.getClass().getSimpleName()
                            + "); its changes were skipped");
                }
            }
            return doc;
        } finally {
            ctx.enter(name);
        }
    }
}
