package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses of the review pages, {@code /plugins/servlet/promisedesk/review/CUSTOMER} and the same with
 * {@code .csv}, which the Jira servlet must serve at the same paths, and the way back from a path to its customer.
 *
 * <p>A customer name becomes one path segment: its UTF-8 bytes percent-encoded except ASCII letters, digits,
 * {@code -}, {@code _} and {@code ~}. So a slash or a dot in a name is encoded too: the segment is never {@code .}
 * or {@code ..}, holds no separator, and a literal {@code .csv} at its end can only be the download's suffix.
 */
public final class ReviewLinks {
    public static final String PATH = "/plugins/servlet/promisedesk/review";
    public static final String CSV_SUFFIX = ".csv";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern BASE_URL = Pattern.compile("(https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?");

    private final String baseUrl;

    /** {@code baseUrl} is Jira's, absolute ({@code https://jira.example.com}) or a context path ({@code /jira}). */
    public ReviewLinks(String baseUrl) {
        Require.present(baseUrl, "baseUrl");
        if (!BASE_URL.matcher(baseUrl).matches()) {
            throw new IllegalArgumentException("baseUrl must be an http(s) URL or a path starting with /, was \""
                    + baseUrl + "\"");
        }
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The list of customers. */
    public String customers() {
        return baseUrl + PATH;
    }

    public String page(Customer customer) {
        return baseUrl + PATH + "/" + segment(customer.name());
    }

    public String csv(Customer customer) {
        return page(customer) + CSV_SUFFIX;
    }

    /** What a path under {@link #PATH}{@code /} asks for; the part after it is given still percent-encoded. */
    public record Request(Customer customer, boolean csv) {
    }

    /**
     * The customer and format an encoded path segment names, as the servlet reads it from the request URI (the
     * container's decoded path cannot tell {@code %2F} from {@code /}); empty for anything this class would not have
     * written: a bare slash, a broken escape, bytes that are not UTF-8, or no name.
     */
    public static Optional<Request> parse(String encodedSegment) {
        if (encodedSegment == null) {
            return Optional.empty();
        }
        boolean csv = encodedSegment.endsWith(CSV_SUFFIX);
        String name = csv ? encodedSegment.substring(0, encodedSegment.length() - CSV_SUFFIX.length()) : encodedSegment;
        if (name.indexOf('/') >= 0) {
            return Optional.empty();
        }
        try {
            return decoded(name).map(text -> new Request(new Customer(text), csv));
        } catch (InvalidValueException notAName) {
            return Optional.empty();
        }
    }

    /** The download's file name: ASCII letters and digits of the customer, the rest dashes, and the day. */
    public static String csvFileName(Customer customer, LocalDate today) {
        String safe = customer.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return "account-review-" + (safe.isEmpty() ? "customer" : safe) + "-" + today + CSV_SUFFIX;
    }

    /** The same name as RFC 5987 wants it in {@code filename*}: UTF-8, percent-encoded. */
    public static String csvFileNameUtf8(Customer customer, LocalDate today) {
        return "UTF-8''" + segment("account-review-" + customer.name() + "-" + today) + CSV_SUFFIX;
    }

    static String segment(String text) {
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        for (byte octet : text.getBytes(StandardCharsets.UTF_8)) {
            char character = (char) (octet & 0xFF);
            if (character < 0x80 && (Character.isLetterOrDigit(character) || "-_~".indexOf(character) >= 0)) {
                encoded.append(character);
            } else {
                encoded.append('%').append(HEX[(octet >> 4) & 0xF]).append(HEX[octet & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** Strict percent-decoding: a {@code +} stays a plus (paths are not forms), malformed input is no name. */
    private static Optional<String> decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int index = 0; index < encoded.length(); index++) {
            char character = encoded.charAt(index);
            if (character == '%') {
                if (index + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(index + 1), 16);
                int low = Character.digit(encoded.charAt(index + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high * 16 + low);
                index += 2;
            } else if (character < 0x80) {
                bytes.write(character);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
