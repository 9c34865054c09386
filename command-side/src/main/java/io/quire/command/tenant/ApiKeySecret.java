package io.quire.command.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A freshly generated API key. The secret is 256 random bits, so a fast SHA-256 hash is safe to store and to look
 * up by; only the hash and a short visible prefix are kept.
 */
public record ApiKeySecret(String secret, String prefix, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MARKER = "qk_";
    private static final int PREFIX_LENGTH = MARKER.length() + 8;

    public static ApiKeySecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = MARKER + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ApiKeySecret(secret, secret.substring(0, PREFIX_LENGTH), hashOf(secret));
    }

    public static String hashOf(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
