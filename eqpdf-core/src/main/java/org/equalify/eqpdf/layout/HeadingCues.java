package org.equalify.eqpdf.layout;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page-level evidence that a line styled like a heading (large or bold) is something else: a row of labels
 * (table column heads, the boxes of a diagram), the page footer, or a caption. Headings stand alone on their
 * baseline; labels come in rows.
 */
public final class HeadingCues {
    /** "Figure 3:", "Table 2.1", "Listing 4", "Example 2-1 …" start captions, not sections. */
    private static final Pattern CAPTION = Pattern.compile(
            "^((?i:fig\\.?|figure|table|tab\\.|listing|algorithm|exhibit|chart|scheme|plate)\\s*(\\d+|[IVX]+)([.-]\\d+)*"
                    + "|(?i:example)\\s*\\d+-\\d+)[a-z]?(\\s*[.:–—-]|\\s+\\p{Lu}|$).*");

    private HeadingCues() { }

    public static boolean isCaption(String text) {
        return CAPTION.matcher(text.strip()).matches();
    }

    /**
     * Lines of {@code lines} that must not become headings although styled like one: a heading-styled line
     * sharing its baseline with other heading-styled lines (a label row), or lying in the bottom margin of
     * the page (a footer).
     *
     * @param styled which lines are styled like headings (large or wholly bold)
     */
    static Set<Line> notHeadings(PageContent page, List<Line> lines, java.util.function.Predicate<Line> styled) {
        Set<Line> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Line l : lines) {
            if (!styled.test(l)) continue;
            if (page.height() > 0 && l.box().y() > page.height() * 0.93) {
                out.add(l);
                continue;
            }
            int siblings = 0;
            double nearest = Double.MAX_VALUE;
            for (Line m : lines) {
                if (m == l || !styled.test(m) || !sameRow(l, m)) continue;
                siblings++;
                nearest = Math.min(nearest, Math.max(m.box().x() - l.box().right(), l.box().x() - m.box().right()));
            }
            // three or more in a row are labels; a pair only at a label's spacing: closer than 2 em it is one
            // line set in two runs ("[Part A]  Mini test"), and two columns' headings that happen to share a
            // baseline are a column gutter apart and each much wider than a label
            boolean pair = siblings == 1 && nearest >= l.fontSize() * 2 && nearest < l.fontSize() * 6 && l.words().size() <= 5;
            if (siblings >= 2 || pair) out.add(l);
        }
        return out;
    }

    /** Side by side: overlapping vertically by most of the smaller line, apart horizontally. */
    private static boolean sameRow(Line a, Line b) {
        double overlap = Math.min(a.box().bottom(), b.box().bottom()) - Math.max(a.box().y(), b.box().y());
        double smaller = Math.min(a.box().height(), b.box().height());
        boolean apart = b.box().x() >= a.box().right() || a.box().x() >= b.box().right();
        return apart && smaller > 0 && overlap >= smaller * 0.5;
    }
}
