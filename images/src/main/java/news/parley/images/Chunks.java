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
    /** How many chunks are looked at before giving up: real files have a few dozen. */
    private static final int CHUNKS = 10_000;

    private Chunks() {
    }

    /** The data of {@code file}'s first PNG chunk of {@code type}, or null (also before the image data ends the search). */
    static byte[] png(Path file, String type) throws IOException {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(8);
            for (int n = 0; n < CHUNKS; n++) {
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
            return null;
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
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            byte[] header = in.readNBytes(12);
            if (header.length < 12 || !new String(header, 0, 4, StandardCharsets.US_ASCII).equals("RIFF")
                    || !new String(header, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) {
                return null;
            }
            // The chunks end where the RIFF header says, whatever follows in the file.
            long left = littleEndian(header, 4) - 4;
            for (int n = 0; n < CHUNKS && left >= 8; n++) {
                byte[] chunk = in.readNBytes(8);
                if (chunk.length < 8) {
                    return null;
                }
                String found = new String(chunk, 0, 4, StandardCharsets.US_ASCII);
                long length = littleEndian(chunk, 4);
                if (found.equals(type)) {
                    return length > MOST || length > left - 8 ? null : in.readNBytes((int) length);
                }
                long padded = length + (length & 1);
                skip(in, Math.min(padded, left - 8));
                left -= 8 + padded;
            }
            return null;
        } catch (EOFException e) {
            return null;
        }
    }

    private static long littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFFL) | (bytes[at + 1] & 0xFFL) << 8 | (bytes[at + 2] & 0xFFL) << 16 | (bytes[at + 3] & 0xFFL) << 24;
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
