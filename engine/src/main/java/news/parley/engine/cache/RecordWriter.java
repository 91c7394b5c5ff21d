package news.parley.engine.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Bytes of the cache file, big-endian as {@link RecordReader} reads them, gathered in memory and written
 * to the file at once: a stream written field by field costs more than the rest of a rebuild.
 */
final class RecordWriter {
    private byte[] bytes;
    private int size;

    RecordWriter(int capacity) {
        bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
        }
    }

    void writeInt(int value) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    void writeBoolean(boolean value) {
        writeByte((byte) (value ? 1 : 0));
    }

    void writeByte(byte value) {
        room(1);
        bytes[size++] = value;
    }

    /** UTF-8 text of any length (DataOutput's writeUTF stops at 64 KB). */
    void writeText(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void writeNullable(String text) {
        writeBoolean(text != null);
        if (text != null) {
            writeText(text);
        }
    }

    void writeList(List<String> list) {
        writeInt(list.size());
        for (String item : list) {
            writeText(item);
        }
    }

    /** Puts {@code value} over the four bytes at {@code at}, written earlier. */
    void putInt(int at, int value) {
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[at++] = (byte) (value >>> shift);
        }
    }

    /** The CRC-32 of the bytes from {@code from} to the end. */
    long checksum(int from) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, size - from);
        return crc.getValue();
    }

    void writeTo(Path path) throws IOException {
        try (var stream = Files.newOutputStream(path)) {
            stream.write(bytes, 0, size);
        }
    }

    /** Writes these bytes into {@code file} at {@code at}, and cuts off whatever followed. */
    void writeInto(Path file, long at) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            if (out.size() < at) {
                throw new IOException("the cache file shrank");
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, size);
            long position = at;
            while (buffer.hasRemaining()) {
                position += out.write(buffer, position);
            }
            out.truncate(position);
        }
    }
}
