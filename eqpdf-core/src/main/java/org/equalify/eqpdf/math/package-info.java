/**
 * Display formulas on untagged pages: {@link org.equalify.eqpdf.math.FormulaDetector} finds lines set as
 * displayed math and {@link org.equalify.eqpdf.math.MathMlBuilder} recovers what structure their geometry shows
 * (scripts, fractions, roots, limits) as presentation MathML.
 */
package org.equalify.eqpdf.math;
