package io.promisedesk.statuslink;

import io.promisedesk.common.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret of a status link: 256 random bits, URL-safe Base64 without padding (43 characters). Only its
 * {@link #hash()} is ever stored; the clear text is shown once, to the person who created the link.
 */
public final class StatusLinkToken {
    /** Random bytes per token: 256 bits, twice the 128 the issue asks for as a floor. */
    public static final int BYTES = 32;
    /** The length of a token's text: 32 bytes in unpadded Base64. */
    public static final int LENGTH = 43;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{" + LENGTH + "}");

    private final String text;

    private StatusLinkToken(String text) {
        this.text = text;
    }

    /** A new token from {@code random}, which in Promise Desk is always a {@link SecureRandom}. */
    public static StatusLinkToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        Require.present(random, "random").nextBytes(bytes);
        return new StatusLinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /**
     * The token a visitor's URL carries; empty for anything that cannot be one (wrong length or characters), which
     * the caller answers exactly as an unknown token.
     */
    public static Optional<StatusLinkToken> parse(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new StatusLinkToken(text));
    }

    /** The token's text, to put in the one link its creator is shown. */
    public String text() {
        return text;
    }

    /** The SHA-256 of the token's text: what the store keeps and looks links up by. */
    public TokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte part : digest) {
                hex.append(Character.forDigit((part >> 4) & 0xF, 16)).append(Character.forDigit(part & 0xF, 16));
            }
            return new TokenHash(hex.toString());
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
            throw new IllegalStateException(impossible);
        }
    }

    /** Never the secret itself, so that a log line or an assertion message cannot leak it. */
    @Override
    public String toString() {
        return "StatusLinkToken[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusLinkToken token && MessageDigest.isEqual(
                text.getBytes(StandardCharsets.US_ASCII), token.text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
