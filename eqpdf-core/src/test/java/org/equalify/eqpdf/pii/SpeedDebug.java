package org.equalify.eqpdf.pii;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equalify.eqpdf.pii.recognizer.Recognizer;

public class SpeedDebug {
    public static void main(String[] a) throws Exception {
        byte[] pdf = ScanSpeedTest.fiftyPages();
        PiiScanner s = PiiScanner.create(PiiConfig.defaults());
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            ScanInput in;
            try (PDDocument d = Loader.loadPDF(pdf)) { in = ScanInputs.fromDocument(d, PageTextSource.UNREADABLE); }
            long t1 = System.nanoTime();
            s.scan(in);
            long t2 = System.nanoTime();
            System.out.printf("read %d ms scan %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000);
            if (run == 2) {
                for (Recognizer r : s.recognizers()) {
                    long r0 = System.nanoTime();
                    for (ScanPage p : in.pages()) for (String l : p.lines()) r.recognize(l);
                    System.out.printf("  %s %d ms%n", r.entityType(), (System.nanoTime() - r0) / 1000000);
                }
                System.out.println("lines: " + in.pages().stream().mapToInt(p -> p.lines().size()).sum());
            }
        }
    }
}
