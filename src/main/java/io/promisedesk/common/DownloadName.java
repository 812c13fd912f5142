package io.promisedesk.common;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name a downloaded file is saved under, safe on every client: {@code ascii} for the quoted {@code filename}
 * parameter older clients read, {@code full} the name in any script for the RFC 5987 {@code filename*} parameter of
 * RFC 6266, with no control or text-direction character, no path separator and no character Windows refuses in a name.
 */
public record DownloadName(String ascii, String full) {
    private static final Pattern ASCII = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String REFUSED_IN_NAMES = "/\\:*?\"<>|";
    private static final Set<String> RESERVED_ON_WINDOWS = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * @param ascii the name in ASCII letters, digits, dots, dashes and underscores, starting with a letter or digit
     * @param full  the name as people would write it; made safe here, and the ASCII name when nothing is left
     */
    public DownloadName {
        Require.present(ascii, "ascii");
        if (!ASCII.matcher(ascii).matches() || RESERVED_ON_WINDOWS.contains(stem(ascii))) {
            throw new IllegalArgumentException("ascii name must be letters, digits, '.', '-' or '_', was \"" + ascii + "\"");
        }
        full = safe(Require.present(full, "full"));
        if (full.isEmpty() || RESERVED_ON_WINDOWS.contains(stem(full))) {
            full = ascii;
        }
    }

    /** The {@code Content-Disposition} header value: an attachment under both names. */
    public String contentDisposition() {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + percentEncoded(full);
    }

    /**
     * The name without what no file name may hold: controls, format characters (the text-direction overrides and
     * isolates among them) and line separators are dropped; path separators, quotes and the characters Windows
     * refuses become dashes, one for a run; leading and trailing dots and spaces, which Windows drops or hides, are
     * removed.
     */
    static String safe(String name) {
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE) {
                return;
            }
            if (codePoint < 0x80 && REFUSED_IN_NAMES.indexOf(codePoint) >= 0) {
                safe.append('-');
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                safe.append(' ');
            } else {
                safe.appendCodePoint(codePoint);
            }
        });
        return safe.toString().replaceAll(" {2,}", " ").replaceAll("-{2,}", "-").replaceAll("^[ .]+|[ .]+$", "");
    }

    private static String stem(String name) {
        int dot = name.indexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
    }

    /** RFC 5987's value-chars: letters, digits and {@code .-_~} as they are, every other UTF-8 octet as %XX. */
    private static String percentEncoded(String text) {
        StringBuilder encoded = new StringBuilder(text.length() * 3);
        for (byte octet : text.getBytes(StandardCharsets.UTF_8)) {
            char character = (char) (octet & 0xFF);
            if (character < 0x80 && (Character.isLetterOrDigit(character) || ".-_~".indexOf(character) >= 0)) {
                encoded.append(character);
            } else {
                encoded.append('%').append(HEX[(octet >> 4) & 0xF]).append(HEX[octet & 0xF]);
            }
        }
        return encoded.toString();
    }
}
