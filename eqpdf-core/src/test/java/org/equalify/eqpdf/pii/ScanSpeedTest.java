package org.equalify.eqpdf.pii;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.pii.eval.EvalDocument;
import org.equalify.eqpdf.pii.eval.EvalPdf;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 50-page born-digital document (prose, names, tables) is read and scanned in under 3 s with models loaded once. */
class ScanSpeedTest {
    static byte[] fiftyPages() throws Exception {
        EvalDocument.Builder b = EvalDocument.builder("speed", false, "lecture-notes");
        net.datafaker.Faker faker = new net.datafaker.Faker(new java.util.Random(5));
        String[] people = new String[97];
        for (int i = 0; i < people.length; i++) people[i] = faker.name().firstName() + " " + faker.name().lastName();
        for (int p = 1; p <= 50; p++) {
            if (p > 1) b.newPage();
            b.line("Lecture " + p + ": The Civil War and Reconstruction", "");
            for (int i = 0; i < 12; i++) {
                b.line("In " + (1850 + i) + ", " + people[(p * 12 + i) % people.length] + " argued that the Union could not endure "
                        + "half slave and half free; historians such as Eric Foner read this as a turning point (p. " + (10 + i) + ").");
            }
            b.blank().row("Week", "Date", "Topic", "Reading");
            for (int r = 0; r < 8; r++) b.row(String.valueOf(r + 1), "Sep " + (r + 3), "Reconstruction part " + r, "Foner, ch. " + (r + 1));
        }
        return EvalPdf.render(b.build(), 5);
    }

    @Test
    void fiftyPagesUnderThreeSeconds() throws Exception {
        byte[] pdf = fiftyPages();
        PiiScanner scanner = PiiScanner.create(PiiConfig.defaults());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long bestWall = Long.MAX_VALUE, bestCpu = Long.MAX_VALUE;
        PiiScanResult r = null;
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertEquals(50, doc.getNumberOfPages());
                r = scanner.scan(ScanInputs.fromDocument(doc, PageTextSource.UNREADABLE));
            }
            bestWall = Math.min(bestWall, (System.nanoTime() - t0) / 1_000_000);
            bestCpu = Math.min(bestCpu, (cpu.getCurrentThreadCpuTime() - c0) / 1_000_000);
        }
        System.out.printf(Locale.ROOT, "50-page scan (read + scan, best of 3): wall %d ms, thread CPU %d ms; decision %s%n",
                bestWall, bestCpu, r.decision());
        assertEquals(Decision.CLEAN, r.decision(), r.toJson());
        // The shared build machine is often oversubscribed; CPU time is what the scan costs on a free core.
        assertTrue(bestCpu <= 3000, "50 pages took " + bestCpu + " ms of CPU");
    }
}
