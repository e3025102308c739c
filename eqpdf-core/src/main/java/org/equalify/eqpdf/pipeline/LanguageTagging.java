package org.equalify.eqpdf.pipeline;

import org.equalify.eqpdf.language.FunctionWords;

import java.util.ArrayList;
import java.util.List;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.language.LanguageIdentifier;

/**
 * Detects the document's main language from its text (the PDF's /Lang is only a fallback for too little
 * text) and marks long paragraphs that are confidently in another language. Only sets language fields.
 */
public final class LanguageTagging implements Stage {
    private static final int MIN_DOC_CHARS = 40;
    private static final int MIN_PARAGRAPH_CHARS = 160;
    private final LanguageIdentifier identifier;

    public LanguageTagging(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    @Override public String name() { return "language"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        StringBuilder sample = new StringBuilder();
        for (Block b : doc.blocks()) {
            if (sample.length() > 6000) break;
            appendText(b, sample);
        }
        String declared = LanguageIdentifier.normaliseDeclared(doc.metadata().language());
        String lang;
        if (sample.toString().strip().length() >= MIN_DOC_CHARS) {
            LanguageIdentifier.Guess g = identifier.decide(sample.toString(), declared);
            lang = g.tag();
            if (declared != null && !primary(declared).equalsIgnoreCase(primary(lang))) {
                ctx.record(0, "language", declared + " → " + lang, "the text is detected as " + lang + " (p=" + String.format("%.2f", g.confidence()) + ")");
            }
        } else {
            lang = declared != null ? declared : "en";
            ctx.warn(0, "language-guess", "too little text to detect the language; using " + lang);
        }
        List<Block> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Paragraph p && p.language() == null && p.text().length() >= MIN_PARAGRAPH_CHARS) {
                String t = p.text();
                // clearly in the document's language by its function words: the detector would agree, at a cost
                if (FunctionWords.clearlyIn(primary(lang), t)) {
                    out.add(b);
                    continue;
                }
                LanguageIdentifier.Guess g = identifier.detect(t.length() > 240 ? t.substring(0, 240) : t);
                if (!g.tag().equals(primary(lang)) && !"la".equals(g.tag()) && g.confidence() > 0.95) {
                    out.add(new Block.Paragraph(p.content(), g.tag(), p.provenance()));
                    ctx.record(p.provenance().page(), "language", g.tag(), "paragraph detected as " + g.tag());
                    continue;
                }
            }
            out.add(b);
        }
        return doc.withBlocks(out).withMetadata(doc.metadata().withLanguage(lang));
    }

    private static void appendText(Block b, StringBuilder sb) {
        if (b instanceof Block.Paragraph p) sb.append(p.text()).append(' ');
        else if (b instanceof Block.Heading h) sb.append(h.text()).append(' ');
        else if (b instanceof Block.ListBlock l) {
            for (Block.ListItem i : l.items()) {
                sb.append(org.equalify.eqpdf.document.Inline.plainText(i.content())).append(' ');
                for (Block c : i.children()) appendText(c, sb);
            }
        } else if (b instanceof Block.Table t) {
            for (Block.TableRow r : t.rows()) for (Block.TableCell c : r.cells()) sb.append(c.text()).append(' ');
        } else if (b instanceof Block.Aside a) {
            for (Block c : a.content()) appendText(c, sb);
        }
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash > 0 ? tag.substring(0, dash) : tag;
    }
}
