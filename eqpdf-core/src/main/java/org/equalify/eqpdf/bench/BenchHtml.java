package org.equalify.eqpdf.bench;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough reading of our own HTML for the fidelity checks. The project carries no HTML parser, and the
 * renderer's output is regular (every attribute double-quoted, escaped by {@code render.Html.escape}), so a
 * tag tokenizer is enough; it is not meant for HTML from elsewhere.
 */
final class BenchHtml {
    private BenchHtml() { }

    /** A block element's own text (nested blocks excluded), whitespace-normalised; {@code line}: one line of it. */
    record BlockText(String tag, String text, boolean line) {
        BlockText(String tag, String text) { this(tag, text, false); }
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"]|\"[^\"]*\")*)>|<!--.*?-->|([^<]+)",
            Pattern.DOTALL);
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd",
            "figcaption", "caption", "pre", "div", "blockquote");

    /** The values of attribute {@code attr} on every {@code <tag>}, unescaped and whitespace-normalised. */
    static List<String> attributes(String html, String tag, String attr) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<" + tag + "\\b((?:[^>\"]|\"[^\"]*\")*)>").matcher(html);
        Pattern a = Pattern.compile("\\s" + attr + "=\"([^\"]*)\"");
        while (m.find()) {
            Matcher v = a.matcher(m.group(1));
            if (v.find()) out.add(normalise(unescape(v.group(1))));
        }
        return out;
    }

    /** Each {@code <table>…</table>} of the document (tables are not nested in our output). */
    static List<String> tables(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<table\\b.*?</table>", Pattern.DOTALL).matcher(html);
        while (m.find()) out.add(m.group());
        return out;
    }

    /**
     * The text of every block element inside {@code <main>} (the whole document when there is none), leaving
     * out navigation (the page list, contents lists), MathML and page-break markers (which carry no text).
     * A block's text holding line breaks ({@code <br>}, or newlines in {@code <pre>}) also yields each line as
     * a block of the same tag.
     */
    static List<BlockText> blocks(String html) {
        int start = html.indexOf("<main"), end = html.lastIndexOf("</main>");
        String body = start >= 0 && end > start ? html.substring(start, end) : html;
        body = body.replaceAll("(?s)<nav\\b.*?</nav>", " ").replaceAll("(?s)<math\\b.*?</math>", " ");
        List<BlockText> out = new ArrayList<>();
        record Open(String tag, StringBuilder text) {}
        Deque<Open> stack = new ArrayDeque<>();
        stack.push(new Open("body", new StringBuilder()));
        Matcher m = TAG.matcher(body);
        while (m.find()) {
            if (m.group(4) != null) {
                stack.peek().text().append(m.group(4));
                continue;
            }
            if (m.group(2) == null) continue; // a comment
            String tag = m.group(2).toLowerCase();
            boolean closing = !m.group(1).isEmpty();
            if (tag.equals("br")) {
                stack.peek().text().append('\n');
            } else if (BLOCKS.contains(tag) && !closing) {
                stack.push(new Open(tag, new StringBuilder()));
            } else if (BLOCKS.contains(tag) && stack.stream().anyMatch(o -> o.tag().equals(tag))) {
                Open o;
                do {
                    o = stack.pop();
                    emit(o.tag(), o.text().toString(), out);
                } while (!o.tag().equals(tag));
            } else if (!closing && Set.of("ul", "ol", "table", "tr", "figure", "section", "aside", "dl", "hr").contains(tag)) {
                stack.peek().text().append('\n'); // structure between blocks separates the text around it
            }
        }
        while (!stack.isEmpty()) {
            Open o = stack.pop();
            emit(o.tag(), o.text().toString(), out);
        }
        return out;
    }

    private static void emit(String tag, String raw, List<BlockText> out) {
        String text = unescape(raw);
        String whole = normalise(text);
        if (whole.isEmpty()) return;
        boolean loose = tag.equals("body"); // text outside any block: only its lines count
        if (!loose) out.add(new BlockText(tag, whole));
        String[] lines = text.split("\n");
        if (lines.length > 1 || loose) {
            for (String l : lines) {
                String n = normalise(l);
                if (!n.isEmpty()) out.add(new BlockText(tag, n, !loose));
            }
        }
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Trimmed, runs of white space (including no-break spaces) as one space, control characters dropped. */
    static String normalise(String s) {
        if (s == null) return "";
        return s.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "").replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
