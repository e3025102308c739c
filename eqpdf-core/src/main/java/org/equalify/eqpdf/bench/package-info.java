/**
 * The quality harness behind eqpdf bench.
 * <p><b>Internal:</b> not part of the library's API. Types here are public only so sibling packages can use them;
 * they may change without notice. The API is {@link org.equalify.eqpdf.Converter} and its options and results,
 * the document model ({@code org.equalify.eqpdf.document}), the report ({@code org.equalify.eqpdf.report}),
 * the pipeline's {@code Stage} interface, and the PII gate ({@code org.equalify.eqpdf.pii.PiiScanner}).
 */
package org.equalify.eqpdf.bench;
