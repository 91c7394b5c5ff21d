package news.parley.images;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a photo's header says, and refuses what Parley will not decode, before a pixel is
 * decoded: a file of a few kilobytes can claim billions of pixels, and decoding those would exhaust
 * memory.
 */
public final class ImageProbe {
    /** The most pixels Parley decodes: more than any camera makes, less than what exhausts a build's memory. */
    public static final long MAX_PIXELS = 100_000_000L;
    /** The longest side Parley takes: more than any camera's, and within what JPEG can hold. */
    public static final int MAX_SIDE = 30_000;

    private ImageProbe() {
    }

    public static ImageInfo probe(Path file) throws ImageException {
        if (!Files.isRegularFile(file)) {
            throw new ImageException("there is no such file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in);
            try {
                String format = format(reader.getFormatName());
                if (format == null) {
                    throw new ImageException("it is a " + reader.getFormatName() + " image; Parley reads JPEG, PNG and WebP");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1) {
                    throw new ImageException("its header gives no size");
                }
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new ImageException("it is " + width + " × " + height + " pixels, longer than the "
                            + MAX_SIDE + " pixels a side Parley takes; publish a smaller copy");
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImageException("it is " + width + " × " + height + " pixels, more than the "
                            + MAX_PIXELS / 1_000_000 + " megapixels Parley decodes; publish a smaller copy");
                }
                boolean alpha = !format.equals("jpeg") && reader.getRawImageType(0) != null
                        && reader.getRawImageType(0).getColorModel().hasAlpha();
                int orientation = switch (format) {
                    case "jpeg" -> orientation(in);
                    case "png" -> orientation(Chunks.png(file, "eXIf"));
                    case "webp" -> orientation(Chunks.webp(file, "EXIF"));
                    default -> 1;
                };
                return new ImageInfo(format, width, height, orientation, alpha);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageException("it cannot be read (" + Decoder.reason(e) + ")", e);
        }
    }

    /** The reader ImageIO has for what {@code in} holds (null when the file could not be opened). */
    static ImageReader reader(ImageInputStream in) throws ImageException {
        Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
        if (readers == null || !readers.hasNext()) {
            throw new ImageException("it is not a JPEG, PNG or WebP image");
        }
        return readers.next();
    }

    private static String format(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> "jpeg";
            case "png" -> "png";
            case "webp" -> "webp";
            default -> null;
        };
    }

    /** The orientation an EXIF block (a TIFF header and its directory) gives, or 1. */
    private static int orientation(byte[] exif) {
        if (exif == null) {
            return 1;
        }
        // WebP's EXIF chunk may start with the "Exif" identifier JPEG uses; the TIFF header follows it.
        int start = exif.length > 6 && exif[0] == 'E' && exif[1] == 'x' && exif[2] == 'i' && exif[3] == 'f' ? 6 : 0;
        // A stream that knows its length: TIFFReader checks entry counts against it before allocating.
        try (ImageInputStream tiff = new com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream(exif, start,
                exif.length - start)) {
            Entry entry = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number number ? number.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException e) {
            return 1; // a damaged EXIF block says nothing of the pixels, which decode as they are
        }
    }

    /** The EXIF orientation of a JPEG, or 1 when it has none that makes sense. */
    private static int orientation(ImageInputStream in) throws IOException {
        in.seek(0);
        List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
        if (exif.isEmpty()) {
            return 1;
        }
        try (InputStream data = exif.get(0).data()) {
            // The "Exif" identifier is followed by a second zero byte before the TIFF header.
            if (data.read() < 0) {
                return 1;
            }
            byte[] block = data.readAllBytes();
            return orientation(block);
        } catch (IOException | RuntimeException e) {
            return 1; // a damaged EXIF block says nothing of the pixels, which decode as they are
        }
    }
}
