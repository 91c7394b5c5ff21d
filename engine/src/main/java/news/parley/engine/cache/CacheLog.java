package news.parley.engine.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The cache file's format: a header (the format, and the stamp and fingerprint of Parley's code),
 * then batches. A full write puts everything in one batch; a rebuild appends one batch of what
 * changed (entries put, entries gone), so that a rebuild after one edit writes kilobytes, not the
 * whole cache. Each batch carries its length and a checksum: a batch cut short (a build that died
 * while appending) ends the log, and the next save writes over it.
 */
final class CacheLog {
    private static final int FORMAT = 7;
    /** What starts each batch. */
    private static final int BATCH = 0x50726c79;
    /** Record tags in a batch: an entry put, or with {@link #GONE} set, removed. */
    private static final byte BODY = 1;
    private static final byte TEXT = 2;
    private static final byte FILE = 3;
    private static final byte MEMO = 4;
    private static final byte RELATED = 5;
    private static final byte END = 0;
    private static final byte GONE = 0x40;

    private final Path file;
    /** The file's size when it was read, or 0. */
    private long size;
    /** Where the first batch ends, or -1 when the next save must write a new file. */
    private long snapshotEnd = -1;
    /** Where the last complete batch ends. */
    private long end;

    CacheLog(Path file) {
        this.file = file;
    }

    /** What the file holds: the entries, when it is of this format and was written by {@code code}. */
    record Contents(String code, CacheEntries entries) {
    }

    /**
     * Reads the file. The code's fingerprint is taken from the file when its stamp is {@code stamp} (the
     * same jar, by path, size and time, is the same code), else from {@code fingerprint}; entries
     * written by other code are left unread. Throws on damage (a torn last batch is not damage).
     */
    Contents read(String stamp, Supplier<String> fingerprint) throws IOException {
        RecordReader in;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            size = channel.size();
            // Windows cannot replace a file while it is mapped, and the cache is replaced at the end.
            in = new RecordReader(System.getProperty("os.name", "").startsWith("Windows")
                    ? ByteBuffer.wrap(Files.readAllBytes(file))
                    : channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()));
        }
        boolean known = in.remaining() >= 4 && in.readInt() == FORMAT;
        String oldStamp = known ? in.readText() : "";
        String oldCode = known ? in.readText() : "";
        String code = !stamp.isEmpty() && stamp.equals(oldStamp) ? oldCode : fingerprint.get();
        CacheEntries entries = new CacheEntries();
        if (!known || !code.equals(oldCode)) {
            return new Contents(code, entries);
        }
        int first = -1;
        for (RecordReader batch = in.nextBatch(BATCH); batch != null; batch = in.nextBatch(BATCH)) {
            apply(batch, entries);
            first = first < 0 ? in.position() : first;
        }
        // Batches are appended only under the stamp that wrote the file.
        snapshotEnd = stamp.equals(oldStamp) ? first : -1;
        end = in.position();
        return new Contents(code, entries);
    }

    private static void apply(RecordReader in, CacheEntries entries) throws IOException {
        entries.site = in.readText();
        entries.pack = in.readText();
        entries.packLength = in.readLong();
        List<String> contexts = in.readList();
        for (byte tag = in.readByte(); tag != END; tag = in.readByte()) {
            if (tag == RELATED) {
                entries.related = in.readBoolean() ? CacheRecords.readRelated(in) : null;
                continue;
            }
            String key = in.readText();
            boolean gone = (tag & GONE) != 0;
            switch (tag & ~GONE) {
                case BODY -> put(entries.bodies, key, gone ? null : CacheRecords.readBody(in));
                case TEXT -> put(entries.texts, key, gone ? null : CacheRecords.readSpan(in));
                case FILE -> put(entries.files, key, gone ? null : in.readText());
                case MEMO -> put(entries.memo, key, gone ? null : CacheRecords.readRemembered(in, contexts));
                default -> throw new IOException("the cache file is damaged");
            }
        }
        if (in.remaining() != 0) {
            throw new IOException("the cache file is damaged");
        }
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    /**
     * Saves {@code now}: appended as the changes since {@code before} (what was read) where the log
     * allows it, else as a new file with everything, written beside and moved over the old one. The
     * log allows an append unless {@code fresh} (a new pack), the file was not read or had another
     * stamp, or the batches since the first would outgrow it (past that, one new file reads faster).
     */
    void save(String stamp, String code, CacheEntries now, CacheEntries before, boolean fresh) throws IOException {
        if (!fresh && snapshotEnd > 0) {
            RecordWriter batch = batch(new RecordWriter(1 << 16), now, before);
            if (end + batch.size() - snapshotEnd <= snapshotEnd + (1 << 20)) {
                // Where the complete batches end (past a torn one, if a build was cut short while appending).
                batch.writeInto(file, end);
                return;
            }
        }
        // About the size of the last file, so that the buffer seldom grows (and copies itself) on the way.
        RecordWriter out = new RecordWriter((int) Math.min(Integer.MAX_VALUE - 16, Math.max(1 << 16, size + size / 4)));
        out.writeInt(FORMAT);
        out.writeText(stamp);
        out.writeText(code);
        batch(out, now, new CacheEntries());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        out.writeTo(temporary);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * One batch: its length, then a record for each entry of {@code now} that {@code before} lacks or
     * holds otherwise and one for each gone, then a checksum of it all. It starts with the site and
     * the pack it describes.
     */
    private static RecordWriter batch(RecordWriter out, CacheEntries now, CacheEntries before) {
        out.writeInt(BATCH);
        int lengthAt = out.size();
        out.writeInt(0);
        int start = out.size();
        out.writeText(now.site);
        out.writeText(now.pack);
        out.writeLong(now.packLength);
        List<String> contexts = now.memo.values().stream().map(r -> r.stamp().context()).distinct().toList();
        out.writeList(contexts);
        records(out, BODY, now.bodies, before.bodies, (a, b) -> a == b, CacheRecords::writeBody);
        records(out, TEXT, now.texts, before.texts, (a, b) -> a == b, CacheRecords::writeSpan);
        records(out, FILE, now.files, before.files, String::equals, RecordWriter::writeText);
        records(out, MEMO, now.memo, before.memo, (a, b) -> a == b,
                (o, remembered) -> CacheRecords.writeRemembered(o, remembered, contexts));
        if (now.related != before.related) {
            out.writeByte(RELATED);
            out.writeBoolean(now.related != null);
            if (now.related != null) {
                CacheRecords.writeRelated(out, now.related);
            }
        }
        out.writeByte(END);
        out.putInt(lengthAt, out.size() - start);
        out.writeLong(out.checksum(start));
        return out;
    }

    private interface Encoder<V> {
        void write(RecordWriter out, V value);
    }

    private static <V> void records(RecordWriter out, byte tag, Map<String, V> now, Map<String, V> before,
                                    BiPredicate<V, V> same, Encoder<V> encoder) {
        for (Map.Entry<String, V> entry : now.entrySet()) {
            V old = before.get(entry.getKey());
            if (old == null || !same.test(old, entry.getValue())) {
                out.writeByte(tag);
                out.writeText(entry.getKey());
                encoder.write(out, entry.getValue());
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                out.writeByte((byte) (tag | GONE));
                out.writeText(key);
            }
        }
    }
}
