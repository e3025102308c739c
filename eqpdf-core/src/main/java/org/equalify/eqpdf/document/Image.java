package org.equalify.eqpdf.document;

/**
 * Image pixels as an encoded file (PNG unless the source was JPEG), with its pixel size.
 * The bytes are shared, not copied: treat them as read-only.
 */
public record Image(byte[] data, String mimeType, int width, int height) {
    public String extension() { return "image/jpeg".equals(mimeType) ? "jpg" : "png"; }
}
