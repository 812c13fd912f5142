package io.promisedesk.workbench;

import io.promisedesk.scenario.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data directory's journal, {@value #FILE}: JSON Lines, a first line naming the scenario the changes were made
 * to, then one accepted change per line ({@link JournalEntry}), each written, flushed and forced to disk before the
 * change is answered. The file is locked while a workbench uses it.
 *
 * <p>A last line without its line break is what a stop in the middle of a write leaves: it is dropped with a
 * warning. Any other line that is not a change the workbench wrote is an error, as is a journal of another scenario.
 */
final class Journal implements ChangeJournal, AutoCloseable {
    static final String FILE = "journal.jsonl";
    static final String FORMAT_NAME = "Promise Desk workbench journal";
    static final int FORMAT = 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    /** The scenario a journal belongs to: how it was named, and the SHA-256 of the scenario document as read. */
    record Stamp(String scenario, String sha256) {
        static Stamp of(String scenario, String document) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(document.getBytes(StandardCharsets.UTF_8));
                return new Stamp(scenario, HexFormat.of().formatHex(digest));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java platform has SHA-256", impossible);
            }
        }
    }

    /** A change read back with its line number (the stamp is line 1). */
    record Line(int number, JournalEntry entry) {
    }

    /** An open journal with the changes it already holds, and what was noticed while reading it. */
    record Opened(Journal journal, List<Line> lines, List<String> warnings) {
    }

    private Journal(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Opens (creating when missing) the directory and its journal for {@code stamp}'s scenario, and reads the
     * changes it holds. A new or empty journal gets the stamp as its first line.
     */
    static Opened open(Path directory, Stamp stamp) throws JournalException {
        Path file = directory.resolve(FILE);
        FileChannel channel = channel(directory, file);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw otherWorkbench(directory);
            }
            Journal journal = new Journal(file, channel, lock);
            List<String> warnings = new ArrayList<>();
            List<Line> lines = journal.read(stamp, warnings);
            return new Opened(journal, lines, warnings);
        } catch (OverlappingFileLockException lockedHere) {
            close(channel);
            throw otherWorkbench(directory);
        } catch (IOException unreadable) {
            close(channel);
            throw new JournalException(JournalException.Kind.UNUSABLE, "cannot use --data-dir " + directory + ": "
                    + unreadable.getMessage());
        } catch (JournalException | RuntimeException refused) {
            close(channel);
            throw refused;
        }
    }

    Path file() {
        return file;
    }

    /** Writes the change as one line and forces it to disk; the caller holds the world's lock, so lines keep its order. */
    @Override
    public synchronized void append(JournalEntry entry) {
        try {
            write(Json.write(JournalEntry.line(entry)));
        } catch (IOException cannotWrite) {
            throw new UncheckedIOException("cannot write the change to " + file + ": " + cannotWrite.getMessage(),
                    cannotWrite);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel releases the lock as well.
        }
        close(channel);
    }

    private static FileChannel channel(Path directory, Path file) throws JournalException {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new JournalException(JournalException.Kind.UNUSABLE, "--data-dir " + directory
                    + " is not a directory; give a directory, new or used by the workbench before");
        }
        try {
            Files.createDirectories(directory);
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException denied) {
            throw new JournalException(JournalException.Kind.UNUSABLE, "cannot use --data-dir " + directory
                    + ": permission denied for " + denied.getFile());
        } catch (IOException unusable) {
            throw new JournalException(JournalException.Kind.UNUSABLE, "cannot use --data-dir " + directory + ": "
                    + unusable.getMessage());
        }
    }

    private List<Line> read(Stamp stamp, List<String> warnings) throws IOException, JournalException {
        byte[] bytes = new byte[Math.toIntExact(channel.size())];
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // Reads until the buffer is full; the size was read under the lock, so the file does not shrink meanwhile.
        }
        int complete = bytes.length;
        while (complete > 0 && bytes[complete - 1] != '\n') {
            complete--;
        }
        String[] texts = new String(bytes, 0, complete, StandardCharsets.UTF_8).split("\n", -1);
        int lineCount = texts.length - 1;
        if (complete < bytes.length) {
            warnings.add(file + " line " + (lineCount + 1) + " is incomplete (" + (bytes.length - complete)
                    + " bytes without a line break), as a stop in the middle of a write leaves it: ignored");
            channel.truncate(complete);
            channel.force(true);
        }
        channel.position(complete);
        if (lineCount == 0) {
            write(Json.write(stamp(stamp)));
            return List.of();
        }
        checkStamp(texts[0], stamp);
        List<Line> lines = new ArrayList<>();
        for (int index = 1; index < lineCount; index++) {
            if (!texts[index].isBlank()) {
                lines.add(new Line(index + 1, entry(index + 1, texts[index])));
            }
        }
        return lines;
    }

    private void checkStamp(String text, Stamp stamp) throws JournalException {
        Map<?, ?> first = object(text);
        if (first == null || !FORMAT_NAME.equals(first.get("journal"))
                || !(first.get("sha256") instanceof String sha256) || !(first.get("scenario") instanceof String named)) {
            throw corrupt(1, "is not the first line of a " + FORMAT_NAME + " (it names the scenario)");
        }
        if (!(first.get("format") instanceof BigDecimal format) || format.compareTo(BigDecimal.valueOf(FORMAT)) != 0) {
            throw corrupt(1, "is a journal in format " + first.get("format") + "; this workbench reads format " + FORMAT);
        }
        if (!sha256.equals(stamp.sha256())) {
            throw new JournalException(JournalException.Kind.OTHER_SCENARIO, file + " holds changes to another scenario ("
                    + named + ", SHA-256 " + abbreviated(sha256) + "), not to " + stamp.scenario() + " (SHA-256 "
                    + abbreviated(stamp.sha256()) + "): its changes would not fit. Start with that scenario, give "
                    + "another --data-dir, or move the journal away to start afresh");
        }
    }

    private JournalEntry entry(int number, String text) throws JournalException {
        Map<?, ?> object = object(text);
        if (object == null) {
            throw corrupt(number, "is not a JSON object");
        }
        Map<String, Object> line = new LinkedHashMap<>();
        object.forEach((name, value) -> line.put(String.valueOf(name), value));
        try {
            return JournalEntry.read(line);
        } catch (JournalEntry.Unreadable unreadable) {
            throw corrupt(number, "is not a change the workbench wrote: " + unreadable.getMessage());
        }
    }

    private static Map<?, ?> object(String text) {
        try {
            return Json.parse(text) instanceof Map<?, ?> map ? map : null;
        } catch (Json.SyntaxException notJson) {
            return null;
        }
    }

    private static Map<String, Object> stamp(Stamp stamp) {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("journal", FORMAT_NAME);
        first.put("format", FORMAT);
        first.put("scenario", stamp.scenario());
        first.put("sha256", stamp.sha256());
        return first;
    }

    private void write(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    private JournalException corrupt(int number, String what) {
        return new JournalException(JournalException.Kind.CORRUPT, file + " line " + number + " " + what
                + ". Only the workbench writes this file: move it away to start afresh");
    }

    private static JournalException otherWorkbench(Path directory) {
        return new JournalException(JournalException.Kind.UNUSABLE, "another workbench is using --data-dir "
                + directory + " (its journal is locked); stop that one, or give another directory");
    }

    private static String abbreviated(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more can be done about a journal that will not close; its last change was forced already.
        }
    }
}
