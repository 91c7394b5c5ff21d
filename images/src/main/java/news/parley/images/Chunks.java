package news.parley.images;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds one chunk of a PNG or WebP file by its type, reading only the chunks' headers on the way: the
 * JDK's PNG reader and TwelveMonkeys' WebP reader do not hand over a PNG's or WebP's EXIF block.
 */
final class Chunks {
    /** A chunk larger than this is no EXIF block or colour profile worth reading. */
    private static final int MOST = 1 << 20;

    private Chunks() {
    }

    /** The data of {@code file}'s first PNG chunk of {@code type}, or null (also before the image data ends the search). */
    static byte[] png(Path file, String type) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            in.skipNBytes(8);
            while (true) {
                int length = in.readInt();
                String found = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
                if (found.equals("IEND") || found.equals("IDAT") && !type.equals("IDAT") && before(type)) {
                    return null;
                }
                if (found.equals(type)) {
                    return length < 0 || length > MOST ? null : in.readNBytes(length);
                }
                skip(in, (length & 0xFFFFFFFFL) + 4);
            }
        } catch (EOFException e) {
            return null;
        }
    }

    /** Chunks that PNG puts before the image data. */
    private static boolean before(String type) {
        return type.equals("iCCP");
    }

    /** The data of {@code file}'s first WebP (RIFF) chunk of {@code type}, or null. */
    static byte[] webp(Path file, String type) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(12);
            if (header.length < 12 || !new String(header, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                    || !new String(header, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
                return null;
            }
            while (true) {
                byte[] chunk = in.readNBytes(8);
                if (chunk.length < 8) {
                    return null;
                }
                String found = new String(chunk, 0, 4, StandardCharsets.US_ASCII);
                long length = (chunk[4] & 0xFFL) | (chunk[5] & 0xFFL) << 8 | (chunk[6] & 0xFFL) << 16 | (chunk[7] & 0xFFL) << 24;
                if (found.equals(type)) {
                    return length > MOST ? null : in.readNBytes((int) length);
                }
                skip(in, length + (length & 1));
            }
        }
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                throw new EOFException();
            }
            left -= skipped;
        }
    }
}
