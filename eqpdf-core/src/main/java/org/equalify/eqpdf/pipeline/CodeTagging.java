package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;

/**
 * Joins code blocks that a gap split apart and guesses each block's language where it is obvious. Only
 * touches code blocks.
 */
public final class CodeTagging implements Stage {
    private static final Map<String, Pattern> LANGUAGES = new LinkedHashMap<>();
    static {
        LANGUAGES.put("java", Pattern.compile("\\b(public|private|protected)\\s+(static\\s+)?(class|void|int|String)\\b|System\\.out\\.|\\bimport java\\."));
        LANGUAGES.put("python", Pattern.compile("(?m)^\\s*(def \\w+\\(.*\\):|import \\w+|from \\w+ import|print\\()|\\belif\\b|self\\."));
        LANGUAGES.put("javascript", Pattern.compile("\\bfunction\\s*\\w*\\(|\\b(const|let|var)\\s+\\w+\\s*=|=>|console\\.log|document\\."));
        LANGUAGES.put("sql", Pattern.compile("(?i)\\b(select\\b.+\\bfrom|insert\\s+into|create\\s+(table|view|index)|alter\\s+table|update\\s+\\w+\\s+set)\\b"));
        LANGUAGES.put("c", Pattern.compile("#include\\s*<|\\bint\\s+main\\s*\\(|printf\\s*\\("));
        LANGUAGES.put("html", Pattern.compile("(?i)<(html|div|body|p|span|a)\\b[^>]*>"));
        LANGUAGES.put("bash", Pattern.compile("(?m)^\\s*(\\$ |sudo |apt(-get)? |cd |ls |echo |export |#!/bin/(ba)?sh)"));
        LANGUAGES.put("r", Pattern.compile("<-\\s*(c|function|data\\.frame)\\(|library\\(\\w+\\)"));
    }

    @Override public String name() { return "code"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        List<Block> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Block.CodeBlock c && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.CodeBlock prev
                    && prev.provenance().page() == c.provenance().page()) {
                out.set(out.size() - 1, new Block.CodeBlock(prev.code() + "\n\n" + c.code(), null,
                        new org.equalify.eqpdf.document.Provenance(prev.provenance().page(), prev.provenance().box().union(c.provenance().box()))));
                ctx.record(c.provenance().page(), "merge", "code blocks", "adjacent monospaced blocks");
                continue;
            }
            out.add(b);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Block.CodeBlock c && c.language() == null) {
                String lang = guess(c.code());
                if (lang != null) {
                    out.set(i, new Block.CodeBlock(c.code(), lang, c.provenance()));
                    ctx.record(c.provenance().page(), "language", lang, "keywords typical of " + lang);
                }
            }
        }
        return doc.withBlocks(out);
    }

    static String guess(String code) {
        for (Map.Entry<String, Pattern> e : LANGUAGES.entrySet()) {
            if (e.getValue().matcher(code).find()) return e.getKey();
        }
        return null;
    }
}
