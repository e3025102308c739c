/** Runnable examples of the SDK; not part of its API. */
package org.equalify.eqpdf.client.example;
