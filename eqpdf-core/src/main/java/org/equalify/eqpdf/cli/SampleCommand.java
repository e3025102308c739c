package org.equalify.eqpdf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.equalify.eqpdf.sample.SampleCourseDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code eqpdf sample -o OUTDIR}: writes the sample syllabus PDF and converts it. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write a sample course PDF (a three-page syllabus) to OUTDIR/sample-syllabus.pdf and convert it.")
final class SampleCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR", description = "output folder (default ${DEFAULT-VALUE})")
    Path outDir = Path.of("out");

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(outDir);
        Path pdf = outDir.resolve("sample-syllabus.pdf");
        SampleCourseDocument.write(pdf);
        out.println("Sample PDF: " + pdf);
        int rc = new CommandLine(new ConvertCommand()).setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr())
                .execute(pdf.toString(), "-o", outDir.toString());
        if (rc == 0) out.println("Open the accessible HTML: " + outDir.resolve("sample-syllabus.html").toAbsolutePath());
        return rc;
    }
}
