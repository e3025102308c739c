/**
 * Java client SDK for the Equalify PDF Converter REST API (Java 11+, no dependencies beyond the JDK).
 *
 * <p>Start at {@link org.equalify.eqpdf.client.EqpdfClient}. Answers are immutable value classes
 * ({@link org.equalify.eqpdf.client.JobRef}, {@link org.equalify.eqpdf.client.JobStatus},
 * {@link org.equalify.eqpdf.client.ConversionResult}, {@link org.equalify.eqpdf.client.ReviewInfo}, …); failures
 * are subclasses of {@link org.equalify.eqpdf.client.EqpdfException}. Everything not public here (JSON reading,
 * the multipart body, the transport) is an internal detail and may change.
 */
package org.equalify.eqpdf.client;
