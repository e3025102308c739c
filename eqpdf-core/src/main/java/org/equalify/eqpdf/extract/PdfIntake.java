package org.equalify.eqpdf.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.equalify.eqpdf.ConversionException;
import org.equalify.eqpdf.ConversionException.Kind;

/**
 * Validates and opens a PDF: size limit before parsing, magic bytes, password, page limit. Every refusal is a
 * {@link ConversionException} with one clear line; PDFBox's own messages never reach the user.
 */
public final class PdfIntake {
    private final long maxBytes;
    private final int maxPages;

    public PdfIntake(long maxBytes, int maxPages) {
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
    }

    /** Opens {@code pdf}; the caller closes the returned document. Large files are parsed with a temp-file cache. */
    public PDDocument open(Path pdf, String password) throws ConversionException {
        long size;
        try {
            size = Files.size(pdf);
        } catch (IOException e) {
            throw new ConversionException(Kind.IO, "cannot read the file");
        }
        if (size > maxBytes) {
            throw new ConversionException(Kind.TOO_LARGE,
                    "file is " + mib(size) + " MiB, over the limit of " + mib(maxBytes) + " MiB");
        }
        checkMagic(pdf);
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), password == null ? "" : password,
                    null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new ConversionException(Kind.ENCRYPTED, password == null || password.isEmpty()
                    ? "the PDF is encrypted; give its password with --password"
                    : "the PDF is encrypted and the password is wrong");
        } catch (IOException | RuntimeException e) {
            throw new ConversionException(Kind.CORRUPT, "the PDF is damaged or truncated and cannot be read", e);
        }
        return checkPages(doc);
    }

    private PDDocument checkPages(PDDocument doc) throws ConversionException {
        try {
            int n = doc.getNumberOfPages();
            if (n == 0) throw new ConversionException(Kind.EMPTY, "the PDF has no pages");
            if (n > maxPages) {
                throw new ConversionException(Kind.TOO_MANY_PAGES,
                        "the PDF has " + n + " pages, over the limit of " + maxPages);
            }
            if (doc.isEncrypted()) {
                // Opened with a user/owner password: drop the security handler so text extraction is allowed.
                doc.setAllSecurityToBeRemoved(true);
            }
            return doc;
        } catch (ConversionException e) {
            closeQuietly(doc);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw new ConversionException(Kind.CORRUPT, "the PDF's page tree is damaged", e);
        }
    }

    private static void checkMagic(Path pdf) throws ConversionException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(pdf)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ConversionException(Kind.IO, "cannot read the file");
        }
        if (!startsWithPdfMagic(head, n)) {
            if (n == 0) throw new ConversionException(Kind.NOT_PDF, "the file is empty, not a PDF");
            throw new ConversionException(Kind.NOT_PDF, "not a PDF (the file does not start with %PDF-)");
        }
    }

    /** True when "%PDF-" occurs in the first {@code n} bytes (some generators put junk before it). */
    public static boolean startsWithPdfMagic(byte[] head, int n) {
        outer:
        for (int i = 0; i + 5 <= n; i++) {
            byte[] magic = {'%', 'P', 'D', 'F', '-'};
            for (int j = 0; j < 5; j++) if (head[i + j] != magic[j]) continue outer;
            return true;
        }
        return false;
    }

    private static long mib(long bytes) { return (bytes + (1 << 20) - 1) >> 20; }

    private static void closeQuietly(PDDocument d) {
        try { d.close(); } catch (IOException ignored) { }
    }
}
