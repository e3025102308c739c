package org.equalify.eqpdf.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.equalify.eqpdf.document.Block;
import org.equalify.eqpdf.document.BoundingBox;
import org.equalify.eqpdf.document.Inline;
import org.equalify.eqpdf.document.Note;
import org.equalify.eqpdf.document.Provenance;
import org.equalify.eqpdf.language.LanguageIdentifier;
import org.equalify.eqpdf.layout.InlineBuilder;
import org.equalify.eqpdf.layout.Line;
import org.equalify.eqpdf.layout.LineBuilder;
import org.equalify.eqpdf.layout.ListMarkers;
import org.equalify.eqpdf.layout.PageContent;
import org.equalify.eqpdf.layout.Word;

/**
 * Reads the PDF's own tag tree (StructTreeRoot) into blocks: headings, paragraphs, lists, tables with their
 * header cells and spans, figures with their /Alt, formulas, code and contents lists. Text comes from the
 * words whose marked-content ids the elements reference, so styling, links and hyphenation are handled as
 * on untagged pages. Also measures, per page, how much of the visible text the tree covers, so broken or
 * useless trees fall back to layout analysis.
 */
public final class TaggedStructure {
    /** Blocks by the page where each starts, in the tree's logical order, and the share of text mapped per page. */
    /** {@code notes}: the tree's Note elements, taken out of the flow (pipeline.NoteLinking links their markers). */
    public record Result(Map<Integer, List<Block>> blocksByPage, Map<Integer, Double> coverage, List<Note> notes) {}

    private record Key(int page, int mcid) {}

    private final PDDocument doc;
    private final List<PageContent> pages;
    private final Map<PDPage, Integer> pageIndex = new HashMap<>();
    private final Map<Key, List<Word>> wordsByMcid = new HashMap<>();
    private final Set<Key> used = new HashSet<>();
    private final Map<Integer, List<Block>> out = new LinkedHashMap<>();
    private final RegionRenders regions = new RegionRenders();
    /** Where each queued vector figure goes: its page's block list and slot, and the alt text for a fallback. */
    private record RegionSlot(int page, int slot, BoundingBox area, String alt, Block placeholder) {}
    private final List<RegionSlot> regionSlots = new ArrayList<>();
    private int visited;
    private Map<String, Object> roles = Map.of();
    private final List<Note> notes = new ArrayList<>();
    private final Set<PDStructureElement> notesSeen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** A note's printed marker at the start of its text: "*", "†", "12", "12." */
    private static final java.util.regex.Pattern NOTE_MARK = java.util.regex.Pattern.compile("^([*†‡§¶]{1,3}|\\d{1,3})[.)]?(?=\\s|$)");

    private TaggedStructure(PDDocument doc, List<PageContent> pages) {
        this.doc = doc;
        this.pages = pages;
        int i = 0;
        for (PDPage p : doc.getPages()) pageIndex.put(p, i++);
        for (PageContent pc : pages) {
            for (Word w : pc.words()) {
                if (w.mcid() >= 0) wordsByMcid.computeIfAbsent(new Key(pc.number(), w.mcid()), k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** Null when the document has no tag tree. */
    static Result read(PDDocument doc, List<PageContent> pages) {
        return read(doc, pages, null, 1);
    }

    /** As {@link #read(PDDocument, List)}; vector figures are rendered on up to {@code threads} instances of the file. */
    static Result read(PDDocument doc, List<PageContent> pages, PdfExtractor.Reopener reopen, int threads) {
        PDStructureTreeRoot root;
        try {
            if (doc.getDocumentCatalog().getMarkInfo() != null && !doc.getDocumentCatalog().getMarkInfo().isMarked()
                    && doc.getDocumentCatalog().getStructureTreeRoot() == null) return null;
            root = doc.getDocumentCatalog().getStructureTreeRoot();
        } catch (RuntimeException e) {
            return null;
        }
        if (root == null) return null;
        TaggedStructure t = new TaggedStructure(doc, pages);
        try {
            Map<String, Object> roles = root.getRoleMap();
            if (roles != null) t.roles = roles;
        } catch (RuntimeException e) {
            // an unreadable RoleMap: standard types still work
        }
        try {
            for (Object kid : root.getKids()) {
                if (kid instanceof PDStructureElement e) t.element(e, null, 0);
            }
        } catch (RuntimeException | StackOverflowError e) {
            return null; // a tree we cannot walk is no better than none
        }
        t.fillRegions(reopen, threads);
        return new Result(t.out, t.coverage(), List.copyOf(t.notes));
    }

    private Map<Integer, Double> coverage() {
        Map<Integer, Double> cov = new HashMap<>();
        for (PageContent pc : pages) {
            int total = 0, mapped = 0;
            for (Word w : pc.words()) {
                if (w.mcid() == WordCollector.ARTIFACT) continue;
                total += w.text().length();
                if (w.mcid() >= 0 && used.contains(new Key(pc.number(), w.mcid()))) mapped += w.text().length();
            }
            cov.put(pc.number(), total == 0 ? (out.containsKey(pc.number()) ? 1.0 : 0.0) : (double) mapped / total);
        }
        return cov;
    }

    // ---- walking ----

    /** Standard structure types (PDF 1.7 and 2.0): where a RoleMap chain stops. */
    private static final Set<String> STANDARD = Set.of("Document", "DocumentFragment", "Part", "Art", "Sect", "Div",
            "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private", "Aside", "P", "H", "H1", "H2", "H3",
            "H4", "H5", "H6", "Title", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot",
            "Span", "Quote", "Note", "FENote", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT", "RP",
            "Warichu", "WT", "WP", "Figure", "Formula", "Form", "Sub", "Em", "Strong", "Artifact");

    /**
     * The element's type resolved through the RoleMap as far as the chain goes ("Text body" → "Standard" → P):
     * PDFBox's getStandardStructureType follows a single step, which lost figures and tables behind two. That
     * first step is taken as PDFBox takes it (a mapped standard name such as LibreOffice's Title → P included).
     */
    private String type(PDStructureElement e) {
        String t = e.getStructureType();
        if (t != null && roles.get(t) instanceof String first) t = first;
        for (int i = 0; i < 16 && t != null && !STANDARD.contains(t) && roles.get(t) instanceof String next; i++) t = next;
        return t == null ? "" : t;
    }

    private PDPage pageOf(PDStructureElement e, PDPage inherited) {
        PDPage p = e.getPage();
        return p != null ? p : inherited;
    }

    private void element(PDStructureElement e, PDPage inheritedPage, int sectDepth) {
        if (++visited > 200_000) throw new IllegalStateException("tag tree too large");
        PDPage page = pageOf(e, inheritedPage);
        String type = type(e);
        switch (type) {
            case "Artifact" -> { }
            case "H1", "H2", "H3", "H4", "H5", "H6" -> heading(e, page, type.charAt(1) - '0');
            case "H" -> heading(e, page, Math.min(6, Math.max(2, sectDepth + 1)));
            case "Title" -> heading(e, page, 1);
            case "Note", "FENote" -> note(e, page);
            case "P", "Caption", "Quote", "BibEntry", "Index", "Lbl", "Span", "Link", "Reference", "Annot",
                 "Em", "Strong", "Sub", "Sup", "Form", "LBody", "LI", "TOCI", "Ruby", "Warichu" -> paragraph(e, page);
            case "L" -> emit(list(e, page));
            case "Table" -> emit(table(e, page));
            case "Figure" -> figure(e, page);
            case "Formula" -> formula(e, page);
            case "Code" -> code(e, page);
            case "TOC" -> emit(contents(e, page));
            default -> container(e, page, "Sect".equals(type) || "Part".equals(type) || "Chapter".equals(type) ? sectDepth + 1 : sectDepth);
        }
    }

    private void container(PDStructureElement e, PDPage page, int depth) {
        List<Key> direct = new ArrayList<>();
        for (Object kid : kids(e)) {
            if (kid instanceof PDStructureElement child) {
                flushDirect(direct, null);
                element(child, page, depth);
            } else {
                Key k = key(kid, page);
                if (k != null) direct.add(k);
            }
        }
        flushDirect(direct, null);
    }

    /** Text sitting directly in a container (not in any child element) still belongs to the document. */
    private void flushDirect(List<Key> keys, String lang) {
        if (keys.isEmpty()) return;
        List<Inline> content = inline(new ArrayList<>(keys), false);
        if (!Inline.plainText(content).isBlank()) {
            emitAt(new Block.Paragraph(content, lang, provenance(keys)), keys);
        }
        keys.clear();
    }

    private void heading(PDStructureElement e, PDPage page, int level) {
        List<Key> keys = descendantKeys(e, page);
        List<Inline> content = inline(keys, true);
        if (Inline.plainText(content).isBlank()) return;
        emitAt(new Block.Heading(level, content, null, provenance(keys)), keys);
    }

    private void paragraph(PDStructureElement e, PDPage page) {
        // a P holding whole lists or tables (a common authoring slip) is treated as a container
        for (Object kid : kids(e)) {
            if (kid instanceof PDStructureElement c && Set.of("L", "Table", "Figure", "P", "H1", "H2", "H3", "H4", "H5", "H6", "Div", "Sect").contains(type(c))) {
                container(e, page, 0);
                return;
            }
        }
        List<Key> keys = descendantKeys(e, page);
        List<Inline> content = inline(keys, false);
        if (Inline.plainText(content).isBlank()) return;
        emitAt(new Block.Paragraph(content, language(e), provenance(keys)), keys);
    }

    private Block.ListBlock list(PDStructureElement l, PDPage page) {
        List<Block.ListItem> items = new ArrayList<>();
        Boolean ordered = null;
        String numbering = null;
        List<Key> all = new ArrayList<>();
        for (Object kid : kids(l)) {
            if (!(kid instanceof PDStructureElement li)) continue;
            String t = type(li);
            if ("Caption".equals(t)) continue;
            if ("L".equals(t)) { // a nested list directly in L: attach to the previous item
                Block.ListBlock nested = list(li, pageOf(li, page));
                if (nested != null && !items.isEmpty()) {
                    Block.ListItem prev = items.remove(items.size() - 1);
                    List<Block> children = new ArrayList<>(prev.children());
                    children.add(nested);
                    items.add(new Block.ListItem(prev.content(), children));
                }
                continue;
            }
            PDPage liPage = pageOf(li, page);
            List<Key> body = new ArrayList<>();
            List<Block> children = new ArrayList<>();
            String label = null;
            for (Object part : kids(li)) {
                if (part instanceof PDStructureElement pe) {
                    String pt = type(pe);
                    if ("Lbl".equals(pt)) {
                        List<Key> lk = descendantKeys(pe, pageOf(pe, liPage));
                        label = Inline.plainText(inline(lk, false)).strip();
                        used.addAll(lk);
                        all.addAll(lk);
                    } else {
                        collectBody(pe, pageOf(pe, liPage), body, children);
                    }
                } else {
                    Key k = key(part, liPage);
                    if (k != null) body.add(k);
                }
            }
            all.addAll(body);
            List<Inline> content = inline(body, false);
            if (label == null || label.isEmpty()) {
                ListMarkers.Marker m = ListMarkers.match(Inline.plainText(content).strip());
                if (m != null) {
                    content = stripPrefix(content, m.text().strip());
                    label = m.text().strip();
                }
            }
            if (label != null && ordered == null) {
                ListMarkers.Marker m = ListMarkers.match(label + " ");
                ordered = m != null && m.ordered();
                numbering = m != null ? m.numbering() : null;
            }
            items.add(new Block.ListItem(content, children));
        }
        used.addAll(all);
        if (items.isEmpty()) return null;
        return new Block.ListBlock(Boolean.TRUE.equals(ordered), numbering, 1, items, provenance(all.isEmpty() ? List.of() : all));
    }

    /** LBody content: inline text, with nested lists and tables kept as child blocks. */
    private void collectBody(PDStructureElement e, PDPage page, List<Key> body, List<Block> children) {
        String t = type(e);
        if ("L".equals(t)) {
            Block.ListBlock nested = list(e, page);
            if (nested != null) children.add(nested);
            return;
        }
        if ("Table".equals(t)) {
            Block.Table table = table(e, page);
            if (table != null) children.add(table);
            return;
        }
        if ("Figure".equals(t)) { // a figure in a list item (an arrow, an icon) keeps its /Alt
            Block f = itemFigure(e, page);
            if (f != null) {
                children.add(f);
                return;
            }
        }
        for (Object kid : kids(e)) {
            if (kid instanceof PDStructureElement c) collectBody(c, pageOf(c, page), body, children);
            else {
                Key k = key(kid, page);
                if (k != null) body.add(k);
            }
        }
    }

    private Block.Table table(PDStructureElement table, PDPage page) {
        List<Block.TableRow> rows = new ArrayList<>();
        List<Inline> caption = List.of();
        int headerRows = 0;
        List<Key> all = new ArrayList<>();
        List<PDStructureElement> rowElements = new ArrayList<>();
        List<Boolean> inHead = new ArrayList<>();
        for (Object kid : kids(table)) {
            if (!(kid instanceof PDStructureElement k)) continue;
            String t = type(k);
            if ("Caption".equals(t)) {
                List<Key> ck = descendantKeys(k, pageOf(k, page));
                caption = inline(ck, false);
                all.addAll(ck);
            } else if ("Figure".equals(t)) { // a logo tagged straight into the table: keep it, before the table
                figure(k, pageOf(k, page));
            } else if ("TR".equals(t)) {
                rowElements.add(k);
                inHead.add(false);
            } else if ("THead".equals(t) || "TBody".equals(t) || "TFoot".equals(t)) {
                for (Object r : kids(k)) {
                    if (r instanceof PDStructureElement tr && "TR".equals(type(tr))) {
                        rowElements.add(tr);
                        inHead.add("THead".equals(t));
                    }
                }
            }
        }
        boolean leading = true;
        for (int i = 0; i < rowElements.size(); i++) {
            PDStructureElement tr = rowElements.get(i);
            List<Block.TableCell> cells = new ArrayList<>();
            boolean allHeader = true;
            for (Object c : kids(tr)) {
                if (!(c instanceof PDStructureElement cell)) continue;
                String ct = type(cell);
                if (!"TH".equals(ct) && !"TD".equals(ct)) continue;
                List<Key> ck = descendantKeys(cell, pageOf(cell, pageOf(tr, page)));
                all.addAll(ck);
                boolean header = "TH".equals(ct);
                allHeader &= header;
                String scope = header ? tableAttribute(cell, "Scope") : null;
                if (scope != null) scope = scope.toLowerCase();
                if (scope != null && !Set.of("row", "col", "both").contains(scope)) scope = null;
                if ("both".equals(scope)) scope = "col";
                cells.add(new Block.TableCell(inline(ck, false), header, scope,
                        intAttribute(cell, "RowSpan"), intAttribute(cell, "ColSpan")));
            }
            if (cells.isEmpty()) continue;
            if (leading && (inHead.get(i) || allHeader)) headerRows++;
            else leading = false;
            rows.add(new Block.TableRow(cells));
        }
        used.addAll(all);
        // a table whose marked content lies on no page of this file (a tree kept from a longer document) would
        // come out as a grid of empty cells
        if (rows.isEmpty() || all.stream().noneMatch(k -> !wordsByMcid.getOrDefault(k, List.of()).isEmpty())) return null;
        return new Block.Table(caption, rows, headerRows, provenance(all));
    }

    private void figure(PDStructureElement e, PDPage page) {
        // a figure with no /Pg above it in a one-page file: that page (text elements keep needing a /Pg, because
        // trees that omit it tend to point at the same text from several elements; an image is claimed once)
        if (page == null && pageIndex.size() == 1) page = pageIndex.keySet().iterator().next();
        List<Key> keys = descendantKeys(e, page);
        String alt = figureAlt(e);
        int pageNo = page != null && pageIndex.containsKey(page) ? pageIndex.get(page) + 1 : firstPage(keys);
        PageContent pc = pageNo >= 1 && pageNo <= pages.size() ? pages.get(pageNo - 1) : null;
        Drawing d = drawing(keys, pageNo, pc);
        List<PageContent.PlacedFigure> images = d.images();
        BoundingBox area = d.area();
        used.addAll(keys);
        if (single(images, area)) {
            emitAt(figureBlock(images.get(0), alt, pageNo), keys);
            return;
        }
        if (pc != null && !area.equals(BoundingBox.EMPTY) && area.width() > 4 && area.height() > 4) {
            // a vector drawing (or several images with labels): its area of the page is rendered after the walk
            List<Block> list = out.computeIfAbsent(Math.max(1, pageNo), k -> new ArrayList<>());
            regionSlots.add(new RegionSlot(Math.max(1, pageNo), list.size(), area, alt, null));
            regions.add(pageNo - 1, area, pc.height());
            list.add(null);
            return;
        }
        if (alt != null && !alt.isBlank() && pageNo >= 1) {
            // no geometry at all: the alternative text is the only content the figure has
            emitAt(new Block.Paragraph(List.of(new Inline.Text(alt)), Provenance.of(pageNo, BoundingBox.EMPTY)), keys);
        }
    }

    /** What a figure's marked content draws on its page: the images in it, and the area of all its content. */
    private record Drawing(List<PageContent.PlacedFigure> images, BoundingBox area) {}

    private Drawing drawing(List<Key> keys, int pageNo, PageContent pc) {
        List<PageContent.PlacedFigure> images = new ArrayList<>();
        BoundingBox area = BoundingBox.EMPTY;
        if (pc == null) return new Drawing(images, area);
        Set<Integer> mcids = new HashSet<>();
        for (Key k : keys) if (k.page() == pageNo) mcids.add(k.mcid());
        for (PageContent.PlacedFigure f : pc.figures()) if (mcids.contains(f.mcid())) images.add(f);
        for (Integer m : mcids) {
            BoundingBox b = pc.markedBoxes().get(m);
            if (b != null) area = area.union(b);
            for (Word w : wordsByMcid.getOrDefault(new Key(pageNo, m), List.of())) area = area.union(w.box());
        }
        return new Drawing(images, area);
    }

    private static boolean single(List<PageContent.PlacedFigure> images, BoundingBox area) {
        return images.size() == 1 && (area.equals(BoundingBox.EMPTY) || covers(images.get(0).box(), area)
                || mostly(images.get(0).box(), area));
    }

    private static Block.Figure figureBlock(PageContent.PlacedFigure f, String alt, int pageNo) {
        boolean decorative = alt == null && f.repeatedOnPages() >= 3;
        return new Block.Figure(f.image(), decorative ? "" : alt, decorative, List.of(), Provenance.of(pageNo, f.box()));
    }

    /**
     * A figure inside a list item: one image block when it draws exactly one image; for a vector drawing a
     * placeholder that {@link #fillRegions} replaces by the rendered area (list items are immutable, so the
     * lists holding placeholders are rebuilt there); null when it has no geometry (its text stays inline).
     */
    private Block itemFigure(PDStructureElement e, PDPage page) {
        List<Key> keys = descendantKeys(e, page);
        int pageNo = page != null && pageIndex.containsKey(page) ? pageIndex.get(page) + 1 : firstPage(keys);
        PageContent pc = pageNo >= 1 && pageNo <= pages.size() ? pages.get(pageNo - 1) : null;
        if (pc == null) return null;
        Drawing d = drawing(keys, pageNo, pc);
        List<PageContent.PlacedFigure> images = d.images();
        BoundingBox area = d.area();
        String alt = figureAlt(e);
        if (single(images, area)) {
            used.addAll(keys);
            return figureBlock(images.get(0), alt, pageNo);
        }
        if (area.equals(BoundingBox.EMPTY) || area.width() <= 4 || area.height() <= 4) return null;
        used.addAll(keys);
        Block placeholder = new Block.Figure(null, alt, false, List.of(), Provenance.of(pageNo, area));
        regionSlots.add(new RegionSlot(pageNo, -1, area, alt, placeholder));
        regions.add(pageNo - 1, area, pc.height());
        return placeholder;
    }

    private static String figureAlt(PDStructureElement e) {
        String alt = e.getAlternateDescription();
        if (alt == null || alt.isBlank()) alt = e.getActualText();
        return alt == null ? null : alt.replaceAll("[\\p{Cntrl}\\s]+", " ").strip(); // some end in a NUL
    }

    /** The image fills most of the figure's area: labels around it don't justify rendering the page. */
    private static boolean mostly(BoundingBox image, BoundingBox area) {
        return image.width() * image.height() >= area.width() * area.height() * 0.7;
    }

    private static boolean covers(BoundingBox outer, BoundingBox inner) {
        return inner.x() >= outer.x() - 2 && inner.y() >= outer.y() - 2 && inner.right() <= outer.right() + 2
                && inner.bottom() <= outer.bottom() + 2;
    }

    private boolean isNote(PDStructureElement e) {
        String t = type(e);
        return "Note".equals(t) || "FENote".equals(t);
    }

    /**
     * A Note element becomes one of the document's notes, out of the text it sits in (Word and InDesign put a
     * footnote's text inside the paragraph or heading that refers to it). Its label is its Lbl, else the marker
     * its text starts with, else its number among the notes.
     */
    private void note(PDStructureElement e, PDPage page) {
        if (!notesSeen.add(e)) return;
        List<Key> labelKeys = new ArrayList<>();
        for (Object kid : kids(e)) {
            if (kid instanceof PDStructureElement c && "Lbl".equals(type(c))) labelKeys.addAll(descendantKeys(c, pageOf(c, page)));
        }
        List<Key> keys = descendantKeys(e, page);
        List<Key> body = new ArrayList<>(keys);
        body.removeAll(labelKeys);
        String label = Inline.plainText(inline(labelKeys, false)).strip().replaceAll("[.)]$", "");
        List<Inline> content = inline(body, false);
        if (label.isEmpty()) {
            java.util.regex.Matcher m = NOTE_MARK.matcher(Inline.plainText(content).strip());
            if (m.find()) {
                label = m.group(1);
                content = stripPrefix(content, m.group());
            }
        }
        used.addAll(keys);
        if (Inline.plainText(content).isBlank()) return;
        if (label.isEmpty()) label = String.valueOf(notes.size() + 1);
        notes.add(new Note("tn" + (notes.size() + 1), label, content, provenance(keys)));
    }

    private void formula(PDStructureElement e, PDPage page) {
        List<Key> keys = descendantKeys(e, page);
        String text = Inline.plainText(inline(keys, false)).strip();
        String alt = e.getAlternateDescription();
        if (text.isEmpty() && (alt == null || alt.isBlank())) return;
        emitAt(new Block.Formula(text.isEmpty() ? alt : text, null, alt, provenance(keys)), keys);
    }

    private void code(PDStructureElement e, PDPage page) {
        List<Key> keys = descendantKeys(e, page);
        List<Word> words = new ArrayList<>();
        for (Key k : keys) words.addAll(wordsByMcid.getOrDefault(k, List.of()));
        // indentation from the lines' x offsets, as on laid-out pages
        String text = org.equalify.eqpdf.layout.CodeText.of(LineBuilder.build(words));
        used.addAll(keys);
        if (!text.isEmpty()) emitAt(new Block.CodeBlock(text, null, provenance(keys)), keys);
    }

    private Block.Contents contents(PDStructureElement toc, PDPage page) {
        List<Block.ListItem> entries = new ArrayList<>();
        List<Key> all = new ArrayList<>();
        for (Object kid : kids(toc)) {
            if (!(kid instanceof PDStructureElement item)) continue;
            if ("TOC".equals(type(item))) {
                Block.Contents nested = contents(item, pageOf(item, page));
                if (nested != null && !entries.isEmpty()) {
                    Block.ListItem prev = entries.remove(entries.size() - 1);
                    entries.add(new Block.ListItem(prev.content(), List.of(new Block.ListBlock(false, null, 1, nested.entries(), nested.provenance()))));
                }
                continue;
            }
            List<Key> keys = descendantKeys(item, pageOf(item, page));
            all.addAll(keys);
            List<Inline> content = inline(keys, false);
            if (!Inline.plainText(content).isBlank()) entries.add(new Block.ListItem(content));
        }
        used.addAll(all);
        return entries.isEmpty() ? null : new Block.Contents(entries, provenance(all));
    }

    /**
     * Renders the queued vector figures and puts them in their slots; a figure that cannot be rendered becomes
     * its alternative text, or nothing when it has none.
     */
    private void fillRegions(PdfExtractor.Reopener reopen, int threads) {
        if (regions.isEmpty()) return;
        var images = regions.render(doc, reopen, threads);
        Map<Block, Block> replaced = new java.util.IdentityHashMap<>();
        for (int i = 0; i < regionSlots.size(); i++) {
            RegionSlot r = regionSlots.get(i);
            Block b = images[i] != null ? new Block.Figure(images[i], r.alt(), false, List.of(), Provenance.of(r.page(), r.area()))
                    : r.alt() != null && !r.alt().isBlank()
                    ? new Block.Paragraph(List.of(new Inline.Text(r.alt())), Provenance.of(r.page(), BoundingBox.EMPTY)) : null;
            if (r.placeholder() != null) replaced.put(r.placeholder(), b);
            else out.get(r.page()).set(r.slot(), b);
        }
        if (!replaced.isEmpty()) {
            for (List<Block> blocks : out.values()) blocks.replaceAll(b -> b == null ? null : replace(b, replaced));
        }
        for (List<Block> blocks : out.values()) blocks.removeIf(java.util.Objects::isNull);
        out.values().removeIf(List::isEmpty); // as if nothing had been emitted there
    }

    /** The block with the rendered figures in place of their placeholders in (nested) list items. */
    private static Block replace(Block b, Map<Block, Block> replaced) {
        if (!(b instanceof Block.ListBlock l)) return b;
        List<Block.ListItem> items = new ArrayList<>();
        for (Block.ListItem item : l.items()) {
            List<Block> children = new ArrayList<>();
            for (Block c : item.children()) {
                Block r = replaced.containsKey(c) ? replaced.get(c) : replace(c, replaced);
                if (r != null) children.add(r);
            }
            items.add(new Block.ListItem(item.content(), children));
        }
        return new Block.ListBlock(l.ordered(), l.numbering(), l.start(), items, l.provenance());
    }

    // ---- helpers ----

    private void emit(Block b) {
        if (b == null) return;
        out.computeIfAbsent(Math.max(1, b.provenance().page()), k -> new ArrayList<>()).add(b);
    }

    private void emitAt(Block b, List<Key> keys) {
        used.addAll(keys);
        emit(b);
    }

    private List<Object> kids(PDStructureNode n) {
        try {
            return n.getKids();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Key key(Object kid, PDPage page) {
        if (kid instanceof Integer mcid && page != null && pageIndex.containsKey(page)) return new Key(pageIndex.get(page) + 1, mcid);
        if (kid instanceof PDMarkedContentReference ref) {
            PDPage p = ref.getPage() != null ? ref.getPage() : page;
            if (p != null && pageIndex.containsKey(p)) return new Key(pageIndex.get(p) + 1, ref.getMCID());
        }
        return null;
    }

    private List<Key> descendantKeys(PDStructureElement e, PDPage page) {
        List<Key> keys = new ArrayList<>();
        collect(e, page, keys, 0);
        return keys;
    }

    private void collect(PDStructureElement e, PDPage page, List<Key> keys, int depth) {
        if (depth > 100 || "Artifact".equals(type(e))) return;
        for (Object kid : kids(e)) {
            if (kid instanceof PDStructureElement c && isNote(c)) note(c, pageOf(c, page)); // out of the flow
            else if (kid instanceof PDStructureElement c) collect(c, pageOf(c, page), keys, depth + 1);
            else {
                Key k = key(kid, page);
                if (k != null) keys.add(k);
            }
        }
    }

    /** Inline content of the words behind {@code keys}, page by page, laid out into lines. */
    private List<Inline> inline(List<Key> keys, boolean heading) {
        Map<Integer, List<Word>> byPage = new LinkedHashMap<>();
        Set<Key> seen = new HashSet<>();
        for (Key k : keys) {
            if (!seen.add(k)) continue;
            byPage.computeIfAbsent(k.page(), p -> new ArrayList<>()).addAll(wordsByMcid.getOrDefault(k, List.of()));
        }
        List<Inline> content = new ArrayList<>();
        for (Map.Entry<Integer, List<Word>> e : byPage.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            List<Line> lines = LineBuilder.build(e.getValue());
            boolean bold = heading && lines.stream().allMatch(Line::bold);
            boolean italic = lines.stream().allMatch(Line::italic) && lines.stream().allMatch(Line::bold);
            if (!content.isEmpty()) content.add(new Inline.Text(" "));
            content.addAll(InlineBuilder.build(lines, pages.get(e.getKey() - 1).links(), bold || heading, heading || italic));
        }
        return trim(content);
    }

    private static List<Inline> trim(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(t.text().stripLeading()));
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t) out.set(out.size() - 1, new Inline.Text(t.text().stripTrailing()));
        out.removeIf(i -> i instanceof Inline.Text t && t.text().isEmpty());
        return out;
    }

    /**
     * Content without its leading marker ({@code prefix}: a bullet, "3.", a note's "1"), whether the marker is
     * the start of the first text or an inline of its own (a raised note number); unchanged when it does not start so.
     */
    private static List<Inline> stripPrefix(List<Inline> content, String prefix) {
        List<Inline> out = new ArrayList<>(content);
        dropBlankStart(out);
        if (out.isEmpty()) return content;
        Inline first = out.get(0);
        if (first instanceof Inline.Text t && t.text().stripLeading().startsWith(prefix)) {
            out.set(0, new Inline.Text(t.text().stripLeading().substring(prefix.length())));
        } else if (!(first instanceof Inline.Text) && Inline.plainText(List.of(first)).strip().equals(prefix.replaceAll("[.)]$", ""))) {
            out.remove(0);
        } else {
            return content;
        }
        dropBlankStart(out);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(t.text().stripLeading()));
        return out;
    }

    private static void dropBlankStart(List<Inline> content) {
        while (!content.isEmpty() && content.get(0) instanceof Inline.Text t && t.text().isBlank()) content.remove(0);
    }

    private int firstPage(List<Key> keys) {
        int min = Integer.MAX_VALUE;
        for (Key k : keys) if (wordsByMcid.containsKey(k)) min = Math.min(min, k.page());
        if (min == Integer.MAX_VALUE) for (Key k : keys) min = Math.min(min, k.page());
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private Provenance provenance(List<Key> keys) {
        int page = firstPage(keys);
        BoundingBox box = BoundingBox.EMPTY;
        for (Key k : keys) {
            if (k.page() != page) continue;
            for (Word w : wordsByMcid.getOrDefault(k, List.of())) box = box.union(w.box());
        }
        return Provenance.of(page, box);
    }

    private static String language(PDStructureElement e) {
        String l = e.getLanguage();
        return l == null ? null : LanguageIdentifier.normaliseDeclared(l);
    }

    private static String tableAttribute(PDStructureElement e, String name) {
        COSBase v = attribute(e, name);
        return v instanceof COSName n ? n.getName() : null;
    }

    private static int intAttribute(PDStructureElement e, String name) {
        COSBase v = attribute(e, name);
        return v instanceof org.apache.pdfbox.cos.COSNumber n ? Math.max(1, Math.min(n.intValue(), 1000)) : 1;
    }

    private static COSBase attribute(PDStructureElement e, String name) {
        try {
            Revisions<PDAttributeObject> attrs = e.getAttributes();
            for (int i = 0; i < attrs.size(); i++) {
                COSBase v = attrs.getObject(i).getCOSObject().getDictionaryObject(COSName.getPDFName(name));
                if (v != null) return v;
            }
        } catch (RuntimeException ignored) {
            // damaged attributes: defaults apply
        }
        return null;
    }

}
