package org.equalify.eqpdf.layout;

import org.equalify.eqpdf.document.BoundingBox;

/** A link annotation's area on a page and its target: a URI, or "#page-N" for an internal jump. */
public record PageLink(BoundingBox box, String target) {}
