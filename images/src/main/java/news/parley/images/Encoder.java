package news.parley.images;

import net.coobird.thumbnailator.Thumbnails;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes one {@link Cut} of a decoded picture: cropped, scaled down in halving bilinear steps
 * (Thumbnailator's progressive resizer, which keeps fine detail from aliasing), encoded as JPEG
 * (or PNG where the picture is transparent) with no metadata at all: no EXIF, XMP, IPTC, comment or
 * colour profile (the pixels are sRGB, which is what browsers assume without one).
 */
public final class Encoder {
    /** JPEG quality: where photos of faces and text in them stay clean at a third of the bytes of 0.95. */
    private static final float QUALITY = 0.82f;

    private Encoder() {
    }

    /**
     * The picture scaled once to the least size that every cut can be made from without enlarging:
     * the photo's largest file is a fraction of a camera's picture, and cutting each file from that
     * spares resampling the whole picture again for each.
     *
     * @param picture the upright picture as decoded
     * @param width   the width the picture's cuts are measured in (the upright picture's in the file)
     * @param keep    the largest share of the picture's width that a cut's output takes
     */
    public static BufferedImage base(BufferedImage picture, int width, double keep) {
        int target = (int) Math.ceil(width * Math.min(1, keep));
        if (picture.getWidth() <= target * 1.1) {
            return picture;
        }
        int height = Math.max(1, (int) Math.round((double) picture.getHeight() * target / picture.getWidth()));
        return resize(picture, target, height);
    }

    /**
     * @param picture the upright picture, or its {@link #base}
     * @param width   the width the cut is measured in (the upright picture's in the file)
     */
    public static byte[] encode(BufferedImage picture, int width, Cut cut, boolean png) {
        double scale = (double) picture.getWidth() / width;
        int x = Math.min(picture.getWidth() - 1, (int) Math.floor(cut.x() * scale));
        int y = Math.min(picture.getHeight() - 1, (int) Math.floor(cut.y() * scale));
        int regionWidth = Math.max(1, Math.min(picture.getWidth() - x, (int) Math.round(cut.width() * scale)));
        int regionHeight = Math.max(1, Math.min(picture.getHeight() - y, (int) Math.round(cut.height() * scale)));
        BufferedImage region = picture.getSubimage(x, y, regionWidth, regionHeight);
        BufferedImage scaled = regionWidth == cut.outputWidth() && regionHeight == cut.outputHeight() ? copy(region)
                : resize(region, cut.outputWidth(), cut.outputHeight());
        return png ? write(scaled, "png", null) : write(rgb(scaled), "jpeg", QUALITY);
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        try {
            return Thumbnails.of(image).forceSize(width, height)
                    .imageType(image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resize a picture in memory", e);
        }
    }

    /** Whether any pixel of {@code picture} is less than opaque. */
    public static boolean transparent(BufferedImage picture) {
        java.awt.image.WritableRaster alpha = picture.getAlphaRaster();
        if (alpha == null) {
            return false;
        }
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (int value : row) {
                if (value < 255) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String mediaType(boolean png) {
        return png ? "image/png" : "image/jpeg";
    }

    public static String extension(boolean png) {
        return png ? "png" : "jpg";
    }

    private static BufferedImage copy(BufferedImage region) {
        BufferedImage copy = new BufferedImage(region.getWidth(), region.getHeight(),
                region.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        copy.setData(region.getData());
        return copy;
    }

    /** JPEG has no transparency: the resampler may hand back a layout with an alpha channel. */
    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }

    private static byte[] write(BufferedImage image, String format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            // No stream or image metadata: the writer adds only what the format needs (JFIF's header).
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a " + format + " image", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
