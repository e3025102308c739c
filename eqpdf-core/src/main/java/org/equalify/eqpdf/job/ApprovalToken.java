package org.equalify.eqpdf.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A one-time approval token: 32 random bytes, URL-safe Base64 without padding (43 characters). Only its
 * SHA-256 {@link #hash(String)} is ever stored; {@link #matches} compares in constant time.
 * {@link #toString()} never shows the value, so a token cannot leak into a log by accident.
 */
public final class ApprovalToken {
    public static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();

    private final String value;

    private ApprovalToken(String value) { this.value = value; }

    /** A fresh random token. */
    public static ApprovalToken generate() {
        byte[] b = new byte[BYTES];
        RANDOM.nextBytes(b);
        return new ApprovalToken(ENC.encodeToString(b));
    }

    /** The secret value, for the approval URL only. */
    public String value() { return value; }

    /** The stored form of this token. */
    public String hash() { return hash(value); }

    /** True when {@code s} has the shape of a token (43 URL-safe Base64 characters); says nothing of validity. */
    public static boolean wellFormed(String s) {
        return s != null && s.length() == 43 && s.chars().allMatch(c ->
                (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_');
    }

    /** Lowercase hex SHA-256 of the token's UTF-8 bytes. */
    public static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    /** Constant-time check of a presented token against a stored hash. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) return false;
        return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A form safe to log: the first 4 characters and an ellipsis. */
    public static String redact(String token) {
        if (token == null || token.length() < 8) return "…";
        return token.substring(0, 4) + "…";
    }

    @Override
    public String toString() { return "ApprovalToken[" + redact(value) + "]"; }
}
