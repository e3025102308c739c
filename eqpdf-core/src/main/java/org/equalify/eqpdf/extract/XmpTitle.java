package org.equalify.eqpdf.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/** Reads dc:title from XMP metadata without an XML parser (XMP packets are small and regular). */
final class XmpTitle {
    private static final Pattern TITLE = Pattern.compile("<dc:title>.*?<rdf:li[^>]*>(.*?)</rdf:li>", Pattern.DOTALL);

    private XmpTitle() { }

    static String read(PDMetadata metadata) {
        try (InputStream in = metadata.createInputStream()) {
            byte[] bytes = in.readNBytes(256 * 1024);
            Matcher m = TITLE.matcher(new String(bytes, StandardCharsets.UTF_8));
            if (!m.find()) return null;
            return m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'").trim();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
