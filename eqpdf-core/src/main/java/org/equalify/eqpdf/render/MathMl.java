package org.equalify.eqpdf.render;

/**
 * Writes MathML. {@code mathml} is presentation markup produced by our own formula analysis (never PDF
 * text); when it is null the linear text is kept inside the math element as {@code <mtext>}.
 */
final class MathMl {
    private MathMl() { }

    static String block(String linear, String mathml, String alt) {
        // tabindex: a display formula wider than the page scrolls, and a scrolling region needs the keyboard
        return "<math display=\"block\" tabindex=\"0\" alttext=\"" + Html.escape(alt != null && !alt.isBlank() ? alt : linear) + "\">"
                + body(linear, mathml) + "</math>";
    }

    static String inline(String linear, String mathml) {
        return "<math alttext=\"" + Html.escape(linear) + "\">" + body(linear, mathml) + "</math>";
    }

    private static String body(String linear, String mathml) {
        if (mathml != null && !mathml.isBlank()) return mathml;
        return "<mrow><mtext>" + Html.escape(linear) + "</mtext></mrow>";
    }
}
