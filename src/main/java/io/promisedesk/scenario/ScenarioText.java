package io.promisedesk.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scenario file's text as {@code ./assess} and the workbench read it: strict UTF-8 of a bounded size, so that a
 * binary or huge file is refused in one line naming what is wrong, instead of being read with replacement characters,
 * failing with "Input length = 1", or filling the memory.
 */
public final class ScenarioText {
    /** Far above any real scenario (the 400-issue demo is about 200 KB), far below what the JVM can hold. */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    private ScenarioText() {
    }

    /** The file's text; {@link NotTextException} when it is not UTF-8 or too large, other I/O failures as they are. */
    public static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** The stream's text, named {@code source} in the message when it cannot be read. */
    public static String read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new NotTextException(source + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB, too large for a scenario");
        }
        return decode(bytes, source);
    }

    private static String decode(byte[] bytes, String source) throws NotTextException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never gives more characters than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new NotTextException(String.format("%s: not UTF-8 text (byte 0x%02X at offset %d)", source,
                    bytes[in.position()] & 0xFF, in.position()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** A file that is not a scenario's text at all; the message names the file and why, on one line. */
    public static final class NotTextException extends IOException {
        private static final long serialVersionUID = 1L;

        NotTextException(String message) {
            super(message);
        }
    }
}
