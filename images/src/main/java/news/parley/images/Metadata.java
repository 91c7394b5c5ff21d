package news.parley.images;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;

import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a picture file says besides its pixels: the blocks that can name a photographer, a place or a
 * camera (a JPEG's EXIF, XMP, IPTC and comments; a PNG's EXIF and XMP). Parley never publishes them in the files it makes; this finds them in the files it copies as
 * they are ({@code static/}), so that an editor can be told.
 */
public final class Metadata {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    private Metadata() {
    }

    /** The kinds of metadata {@code file} carries (EXIF, XMP, IPTC, comment, text), none for other files. */
    public static Set<String> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
                return jpeg(file);
            }
            if (name.endsWith(".png")) {
                return png(file);
            }
        } catch (IOException | RuntimeException e) {
            // a file that cannot be read says nothing that Parley could point at
        }
        return Set.of();
    }

    private static Set<String> jpeg(Path file) throws IOException {
        Set<String> found = new TreeSet<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            for (JPEGSegment segment : JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.APP_SEGMENTS)) {
                String id = segment.identifier() == null ? "" : segment.identifier();
                if (segment.marker() == JPEG.APP1 && id.startsWith("Exif")) {
                    found.add("EXIF");
                } else if (segment.marker() == JPEG.APP1 && id.contains("ns.adobe.com/xap")) {
                    found.add("XMP");
                } else if (segment.marker() == JPEG.APP13) {
                    found.add("IPTC");
                }
            }
            in.seek(0);
            if (!JPEGSegmentUtil.readSegments(in, JPEG.COM, null).isEmpty()) {
                found.add("a comment");
            }
        }
        return found;
    }

    private static Set<String> png(Path file) throws IOException {
        Set<String> found = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            byte[] signature = in.readNBytes(8);
            if (!java.util.Arrays.equals(signature, PNG)) {
                return found;
            }
            while (true) {
                int length = in.readInt();
                String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
                if (type.equals("IEND")) {
                    return found;
                }
                if (type.equals("eXIf")) {
                    found.add("EXIF");
                }
                // Text chunks are mostly the drawing program's name; XMP is the one that says who and where.
                if (type.equals("iTXt") && length >= 17) {
                    byte[] keyword = in.readNBytes(17);
                    if (new String(keyword, StandardCharsets.ISO_8859_1).equals("XML:com.adobe.xmp")) {
                        found.add("XMP");
                    }
                    skip(in, length - 17 + 4L);
                } else {
                    skip(in, length + 4L);
                }
            }
        } catch (java.io.EOFException e) {
            return found;
        }
    }

    private static void skip(InputStream in, long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                throw new java.io.EOFException();
            }
            left -= skipped;
        }
    }
}
