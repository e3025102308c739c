package org.equalify.eqpdf.render;

import java.net.URI;
import java.util.Locale;

/** HTML escaping and link policy: all PDF text is untrusted. */
public final class Html {
    private Html() { }

    /** Escapes text for element content and attribute values alike. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // drop C0 controls and lone surrogates that are invalid in HTML
                    if (c < 0x20 && c != '\n' && c != '\t') continue;
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /**
     * The href to emit for a link target, or null when it must be dropped: only http, https and mailto are
     * kept for external links; internal ones are fragments ("#page-3").
     */
    public static String safeHref(String href) {
        if (href == null) return null;
        String h = href.strip();
        if (h.startsWith("#")) return h.matches("#[A-Za-z][\\w.:-]*") ? h : null;
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mailto:")) {
            return h.length() > 7 && h.substring(7).matches("[^\\s<>\"]+@[^\\s<>\"]+") ? h : null;
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
        try {
            URI u = URI.create(h.replace(" ", "%20"));
            if (u.getHost() == null || u.getHost().isEmpty()) return null;
            return u.toASCIIString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
