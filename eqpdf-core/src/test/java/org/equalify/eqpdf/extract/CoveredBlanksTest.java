package org.equalify.eqpdf.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.equalify.eqpdf.Converter;
import org.equalify.eqpdf.ConverterOptions;
import org.equalify.eqpdf.sample.PdfBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report writers pad a cell with spaces that run on under the next cell; those spaces must not split its words. */
class CoveredBlanksTest {
    @TempDir Path dir;

    @Test
    void paddingSpacesUnderTheNextCellDoNotSplitItsWords() throws Exception {
        Path pdf = dir.resolve("padded.pdf");
        float size = 10;
        try (PdfBuilder b = new PdfBuilder()) {
            b.newPage();
            b.text("Notice date and effective date of each layoff, as reported.", PdfBuilder.REGULAR, size, 72, 80);
            float top = 120;
            for (String[] row : new String[][] {{"06/22/2015", "03/25/2016"}, {"06/30/2015", "08/29/2015"}, {"07/01/2015", "09/02/2015"}}) {
                String padded = row[0] + " ".repeat(20); // twenty spaces run on past the next cell's start
                b.text(padded, PdfBuilder.REGULAR, size, 72, top);
                b.text(row[1], PdfBuilder.REGULAR, size, 72 + PdfBuilder.width(row[0], PdfBuilder.REGULAR, size) + 18, top);
                top += 16;
            }
            b.save(pdf);
        }
        String html;
        try (Converter c = Converter.create(ConverterOptions.defaults().withOcr(false))) {
            html = c.convert(pdf).html();
        }
        for (String date : new String[] {"03/25/2016", "08/29/2015", "09/02/2015", "06/30/2015"}) {
            assertTrue(html.contains(date), date + " was split by the padding under it: " + html.substring(html.indexOf("<main")));
        }
    }
}
