package org.equalify.eqpdf.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.Document;
import org.equalify.eqpdf.document.Image;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.PageInfo;

/**
 * Removes page furniture: running headers and footers (text repeated in the top or bottom band of many pages;
 * a paragraph with such a text anywhere on a page; on tagged pages, a paragraph whose line the PDF marks as an
 * /Artifact on many other pages), printed page numbers ("12", "Page 3 of 9", "iv") and repeats of an image already shown (logos). A printed
 * page number becomes the page's label when the PDF has none. Only removes blocks; never edits or reorders.
 */
public final class PageCorrections implements Stage {
    private static final double BAND = 0.12;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(page|p\\.|pg\\.?|seite|página|pagina)?\\s*[-–—(\\[]?\\s*(\\d{1,4}|[ivxlcdm]{1,7})\\s*[-–—)\\]]?"
                    + "(\\s*(of|/|de|sur|von)\\s*\\d{1,4})?$");

    @Override public String name() { return "page-corrections"; }

    @Override
    public Document apply(Document doc, StageContext ctx) {
        Map<Integer, PageInfo> pages = new HashMap<>();
        for (PageInfo p : doc.pages()) pages.put(p.number(), p);
        int pageCount = doc.pages().size();
        // count, for each normalised text, the pages on which it sits in a margin band
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (Block b : doc.blocks()) {
            String key = marginKey(b, pages);
            if (key != null) seen.computeIfAbsent(key, k -> new HashSet<>()).add(b.provenance().page());
        }
        int needed = pageCount <= 2 ? 2 : Math.max(2, Math.min(5, (int) Math.ceil(pageCount * 0.3)));
        // a running line also drawn elsewhere on a page (navigation buttons moved mid-page on one page)
        Set<String> running = new HashSet<>();
        seen.forEach((key, onPages) -> { if (onPages.size() >= needed) running.add(key.substring(2)); });
        // lines the PDF marks as /Artifact, alone and as runs of up to three (a footer the content tags hold as one
        // paragraph), by the pages that declare them
        Map<String, Set<Integer>> declared = new HashMap<>();
        for (PageInfo p : doc.pages()) {
            List<String> lines = p.declaredFurniture();
            for (int i = 0; i < lines.size(); i++) {
                StringBuilder run = new StringBuilder();
                for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
                    run.append(' ').append(lines.get(j));
                    declared.computeIfAbsent(norm(run.toString()), k -> new HashSet<>()).add(p.number());
                }
            }
        }
        Map<Integer, String> printedNumbers = new HashMap<>();
        Map<Image, Boolean> shown = new IdentityHashMap<>();
        List<Block> kept = new ArrayList<>();
        Map<Integer, List<Block>> byPage = new HashMap<>();
        for (Block b : doc.blocks()) byPage.computeIfAbsent(b.provenance().page(), k -> new ArrayList<>()).add(b);
        for (Block b : doc.blocks()) {
            int page = b.provenance().page();
            String key = marginKey(b, pages);
            if (key != null || edgeOfPage(b, pages, byPage)) {
                String text = text(b).trim();
                if (PAGE_NUMBER.matcher(text).matches() && text.length() <= 20) {
                    printedNumbers.putIfAbsent(page, text.replaceAll("(?i)^(page|p\\.|pg\\.?)\\s*", "")
                            .replaceAll("[-–—()\\[\\]]", "").replaceAll("\\s*(of|/|de|sur|von)\\s*\\d+$", "").trim());
                    ctx.record(page, "remove", "page number", "printed page number in the page margin");
                    continue;
                }
                if (key != null && seen.get(key).size() >= needed && pageCount > 1) {
                    ctx.record(page, "remove", "running header/footer", "repeated in the margin of "
                            + seen.get(key).size() + " pages");
                    continue;
                }
            }
            String norm = b instanceof Block.Paragraph && pageCount > 1 ? norm(text(b)) : "";
            // a bare number ("#") or a symbol is not recognisable out of the margin: only worded lines count
            if (norm.codePoints().filter(Character::isLetter).count() >= 3) {
                if (running.contains(norm)) {
                    ctx.record(page, "remove", "running header/footer", "a running line of " + needed + "+ pages, drawn here inside the page");
                    continue;
                }
                Set<Integer> declaring = declared.getOrDefault(norm, Set.of());
                int others = declaring.size() - (declaring.contains(page) ? 1 : 0);
                if (others >= needed) {
                    ctx.record(page, "remove", "running header/footer", "the PDF marks this line as an artifact on " + others + " other pages");
                    continue;
                }
            }
            if (b instanceof Block.Figure f && f.decorative() && f.image() != null) {
                if (shown.put(f.image(), Boolean.TRUE) != null) {
                    ctx.record(page, "remove", "repeated decorative image", "the same image was already shown");
                    continue;
                }
            }
            kept.add(b);
        }
        List<PageInfo> infos = new ArrayList<>();
        for (PageInfo p : doc.pages()) {
            String printed = printedNumbers.get(p.number());
            boolean pdfLabel = !p.label().equals(String.valueOf(p.number()));
            if (printed != null && !printed.isEmpty() && !pdfLabel && !printed.equals(p.label())) {
                ctx.record(p.number(), "label", p.label() + " → " + printed, "the page prints its own number");
                infos.add(p.withLabel(printed));
            } else {
                infos.add(p);
            }
        }
        List<Block> relabelled = new ArrayList<>();
        Map<Integer, PageInfo> byNumber = new HashMap<>();
        for (PageInfo p : infos) byNumber.put(p.number(), p);
        for (Block b : kept) {
            if (b instanceof Block.PageBreak pb && byNumber.containsKey(pb.page())) {
                relabelled.add(new Block.PageBreak(pb.page(), byNumber.get(pb.page()).label(), pb.provenance()));
            } else {
                relabelled.add(b);
            }
        }
        return doc.withBlocks(relabelled).withPages(infos);
    }

    /**
     * A paragraph in the top or bottom quarter of its page with no other block above (below) it: where a page
     * number sits when the page's margins are narrower than the band (LaTeX's footer lies at about 87% of the
     * page height, just above the bottom band).
     */
    private static boolean edgeOfPage(Block b, Map<Integer, PageInfo> pages, Map<Integer, List<Block>> byPage) {
        if (!(b instanceof Block.Paragraph) || text(b).length() > 20) return false;
        PageInfo p = pages.get(b.provenance().page());
        var box = b.provenance().box();
        if (p == null || (box.width() <= 0 && box.height() <= 0)) return false;
        boolean lowest = box.y() >= p.height() * 0.75, topmost = box.bottom() <= p.height() * 0.25;
        for (Block o : byPage.get(b.provenance().page())) {
            var ob = o.provenance().box();
            if (o == b || (ob.width() <= 0 && ob.height() <= 0)) continue;
            if (ob.bottom() > box.y() + 2) lowest = false;
            if (ob.y() < box.bottom() - 2) topmost = false;
        }
        return lowest || topmost;
    }

    /** The normalised text of a short text block lying in a page's top or bottom band, else null. */
    private static String marginKey(Block b, Map<Integer, PageInfo> pages) {
        if (!(b instanceof Block.Paragraph || b instanceof Block.Heading)) return null;
        PageInfo p = pages.get(b.provenance().page());
        if (p == null) return null;
        var box = b.provenance().box();
        boolean top = box.bottom() <= p.height() * BAND;
        boolean bottom = box.y() >= p.height() * (1 - BAND);
        if (!top && !bottom) return null;
        String t = text(b);
        if (t.length() > 160) return null;
        return (top ? "T:" : "B:") + norm(t);
    }

    /** Text compared across pages: lower case, digit runs as '#', white space collapsed. */
    private static String norm(String t) {
        return t.toLowerCase().replaceAll("\\d+", "#").replaceAll("\\s+", " ").trim();
    }

    private static String text(Block b) {
        if (b instanceof Block.Paragraph p) return Inline.plainText(p.content());
        if (b instanceof Block.Heading h) return h.text();
        return "";
    }
}
