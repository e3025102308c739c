package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.language.LanguageIdentifier;

/**
 * The deterministic stages in run order, and the driver that runs, times and snapshots them. Page
 * corrections (furniture removal) run before structure analysis so a running header can never become a
 * heading or a list item. An extra stage (e.g. an AI one) is inserted with {@link #with(int, Stage)}.
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    public static Pipeline standard(LanguageIdentifier languages) {
        return new Pipeline(List.of(new PageCorrections(), StageGroup.of(new StructureAnalysis(), new NoteLinking(), new DefinitionLists()), new HeadingLevels(),
                new CodeTagging(), new CrossPageJoin(), StageGroup.of(new Cleanup(), new ContentsLinking(), new InternalLinks()), new LanguageTagging(languages)));
    }

    public List<Stage> stages() { return stages; }

    /** A pipeline with {@code stage} inserted at {@code index}. */
    public Pipeline with(int index, Stage stage) {
        List<Stage> copy = new ArrayList<>(stages);
        copy.add(index, stage);
        return new Pipeline(copy);
    }

    /** The result of running all stages: the final document and, when asked, the snapshot after each stage. */
    public record Run(Document document, Map<String, Document> snapshots) {}

    /** Runs every stage over {@code v0} (the extraction snapshot). */
    public Run run(Document v0, StageContext ctx, boolean keepSnapshots) {
        Map<String, Document> snapshots = new LinkedHashMap<>();
        if (keepSnapshots) snapshots.put("v0-extraction", v0);
        Document doc = v0;
        int v = 1;
        for (Stage stage : stages) {
            doc = runStage(stage, doc, ctx);
            if (keepSnapshots) snapshots.put("v" + v + "-" + stage.name(), doc);
            v++;
        }
        return new Run(doc, snapshots);
    }

    /** Runs one stage with timing; a stage that throws is reported and skipped, never fatal. */
    public static Document runStage(Stage stage, Document doc, StageContext ctx) {
        ctx.enter(stage.name());
        long t0 = System.nanoTime();
        try {
            return stage.apply(doc, ctx);
        } catch (RuntimeException e) {
            ctx.warn(0, "stage-failed", "stage " + stage.name() + " failed (" + e.getClass().getSimpleName()
                    + "); its changes were skipped");
            return doc;
        } finally {
            ctx.time(stage.name(), (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
