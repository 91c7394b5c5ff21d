package news.parley.engine.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The cache file's bytes, read in the order {@link RecordWriter} wrote them: one walk over the bytes
 * of a mapped file. A count that the rest of the bytes cannot hold means damage, and ends the read.
 */
final class RecordReader {
    private final ByteBuffer in;
    private byte[] text = new byte[256];

    RecordReader(ByteBuffer bytes) {
        this.in = bytes;
    }

    int readInt() {
        return in.getInt();
    }

    long readLong() {
        return in.getLong();
    }

    boolean readBoolean() {
        return in.get() != 0;
    }

    byte readByte() {
        return in.get();
    }

    int remaining() {
        return in.remaining();
    }

    int position() {
        return in.position();
    }

    /** A count of items of at least {@code size} bytes each, which the rest of the file must be able to hold. */
    int count(int size) {
        int n = in.getInt();
        if (n < 0 || (long) n * size > in.remaining()) {
            throw new IllegalStateException("the cache file is damaged");
        }
        return n;
    }

    String readText() {
        int length = count(1);
        if (length > text.length) {
            text = new byte[Math.max(length, 2 * text.length)];
        }
        in.get(text, 0, length);
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }

    String readNullable() {
        return readBoolean() ? readText() : null;
    }

    List<String> readList() {
        List<String> list = new ArrayList<>();
        for (int n = count(1); n > 0; n--) {
            list.add(readText());
        }
        return list;
    }

    /**
     * The next batch (its magic number and length, its records, then their CRC-32), or null at the end
     * of the bytes or at a batch cut short (too short for its length, or not matching its checksum).
     */
    RecordReader nextBatch(int magic) {
        if (in.remaining() < 8 || in.getInt(in.position()) != magic) {
            return null;
        }
        int length = in.getInt(in.position() + 4);
        if (length < 0 || length > in.remaining() - 16) {
            return null;
        }
        ByteBuffer batch = in.slice(in.position() + 8, length);
        CRC32 crc = new CRC32();
        crc.update(batch.duplicate());
        if (crc.getValue() != in.getLong(in.position() + 8 + length)) {
            return null;
        }
        in.position(in.position() + 16 + length);
        return new RecordReader(batch);
    }
}
