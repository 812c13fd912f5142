package io.promisedesk.review;

import io.promisedesk.commitment.Customer;
import io.promisedesk.common.DownloadName;
import io.promisedesk.common.InvalidValueException;
import io.promisedesk.common.Require;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The addresses of the review pages: the list of customers at {@value #PATH}, one customer's page at
 * {@value #PATH}{@code ?customer=NAME} and its CSV at {@value #CSV_PATH}{@code ?customer=NAME}, which the Jira servlet
 * serves; and the way back from a request's parameters to its customer.
 *
 * <p>The name travels in a query parameter, not a path segment: Tomcat refuses an encoded slash ({@code %2F}) in a
 * path before any servlet sees it, and a customer may well be called "A/B". The value is the name's UTF-8 bytes
 * percent-encoded except ASCII letters, digits, {@code -}, {@code _} and {@code ~}, so a {@code +}, {@code &} or
 * {@code #} in a name stays part of it.
 */
public final class ReviewLinks {
    public static final String PATH = "/plugins/servlet/promisedesk/review";
    public static final String CSV_PATH = PATH + "/csv";
    public static final String CUSTOMER = "customer";
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
        return baseUrl + PATH + "?" + CUSTOMER + "=" + encoded(customer.name());
    }

    public String csv(Customer customer) {
        return baseUrl + CSV_PATH + "?" + CUSTOMER + "=" + encoded(customer.name());
    }

    /**
     * The customer the request's decoded parameters name: exactly one {@value #CUSTOMER} value that is a customer's
     * name (not blank, at most 255 characters); empty for none, several, or one no link would hold.
     */
    public static Optional<Customer> customer(Map<String, List<String>> parameters) {
        List<String> values = parameters == null ? null : parameters.get(CUSTOMER);
        if (values == null || values.size() != 1 || values.get(0) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Customer(values.get(0)));
        } catch (InvalidValueException notAName) {
            return Optional.empty();
        }
    }

    /** Whether the request names a customer at all, so that a bad name is told apart from the list. */
    public static boolean asksForCustomer(Map<String, List<String>> parameters) {
        return parameters != null && parameters.containsKey(CUSTOMER);
    }

    /**
     * The download's file name: in ASCII the letters and digits of the customer, the rest dashes, and the day; in full
     * the customer's name as written, less what no file name may hold ({@link DownloadName}).
     */
    public static DownloadName csvFileName(Customer customer, LocalDate today) {
        String safe = customer.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return new DownloadName("account-review-" + (safe.isEmpty() ? "customer" : safe) + "-" + today + CSV_SUFFIX,
                "account-review-" + customer.name() + "-" + today + CSV_SUFFIX);
    }

    static String encoded(String text) {
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
}
