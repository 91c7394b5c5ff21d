package news.parley.images;

import com.twelvemonkeys.image.ImageUtil;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a photo once into upright sRGB pixels: the EXIF orientation applied, the colour profile
 * converted, nothing of the file's metadata kept (the pixels are all that leave this class).
 */
public final class Decoder {
    private Decoder() {
    }

    /**
     * The upright picture, decoded from every {@link #step}-th pixel of the file: a camera's photo
     * holds several times the pixels of the largest file made from it, and keeping a quarter of them
     * takes a quarter of the memory and of the resampling after.
     *
     * @param keep the least share of the picture's width that the files made from it need
     */
    public static BufferedImage decode(Path file, ImageInfo info, double keep) throws ImageException {
        int step = step(keep);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageProbe.reader(in);
            try {
                reader.setInput(in, true, true);
                // A truncated or corrupt file decodes with a warning and grey or garbled pixels: that is not
                // the photo the editor chose. Stray bytes between markers, which many phones write, leave
                // the picture whole.
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> {
                    if (!warning.toLowerCase(java.util.Locale.ROOT).contains("extraneous bytes before marker")) {
                        warnings.add(warning);
                    }
                });
                ImageReadParam param = reader.getDefaultReadParam();
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw new ImageException("it is damaged (" + warnings.get(0) + ")");
                }
                // The file may have changed since its header was read; a picture of another size is not the
                // one that was checked.
                if (Math.abs(image.getWidth() - (info.width() + step - 1) / step) > 1
                        || Math.abs(image.getHeight() - (info.height() + step - 1) / step) > 1) {
                    throw new ImageException("it changed while the site was built; build again");
                }
                if (info.format().equals("png")) {
                    image = withProfile(image, Chunks.png(file, "iCCP"));
                }
                return upright(standard(image, info.alpha()), info.orientation());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ImageException("it cannot be decoded (" + reason(e) + ")", e);
        }
    }

    /**
     * How many stored pixels one pixel of the decoded picture stands for, across: as many as leave the
     * picture at least as large as the largest file made from it.
     */
    public static int step(double keep) {
        return Math.max(1, (int) Math.floor(1 / keep));
    }

    /**
     * A PNG's pixels converted from the colour profile its {@code iCCP} chunk holds (a name, a zero, the
     * method, then the profile deflated), which the JDK's reader does not apply: a Display P3 screenshot
     * keeps its colours. Without one, or with one Parley cannot use, the pixels stay as they are.
     */
    static BufferedImage withProfile(BufferedImage image, byte[] chunk) {
        if (chunk == null || image.getColorModel().getColorSpace().getType() != ColorSpace.TYPE_RGB) {
            return image;
        }
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            // A name of 1 to 79 bytes, a zero, the compression method (0, deflate), then the profile.
            int nul = 0;
            while (nul < chunk.length && chunk[nul] != 0) {
                nul++;
            }
            if (nul < 1 || nul > 79 || nul + 2 > chunk.length || chunk[nul + 1] != 0) {
                return image;
            }
            inflater.setInput(chunk, nul + 2, chunk.length - nul - 2);
            java.io.ByteArrayOutputStream profile = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && profile.size() < (1 << 20)) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                profile.write(buffer, 0, n);
            }
            java.awt.color.ICC_Profile icc = java.awt.color.ICC_Profile.getInstance(profile.toByteArray());
            if (icc.getColorSpaceType() != ColorSpace.TYPE_RGB) {
                return image;
            }
            BufferedImage rgb = image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB
                    ? image : standard(image, image.getColorModel().hasAlpha());
            BufferedImage converted = new BufferedImage(rgb.getWidth(), rgb.getHeight(), rgb.getType());
            java.awt.image.WritableRaster source = rgb.getRaster().createWritableChild(0, 0, rgb.getWidth(), rgb.getHeight(),
                    0, 0, new int[]{0, 1, 2});
            java.awt.image.WritableRaster target = converted.getRaster().createWritableChild(0, 0, rgb.getWidth(),
                    rgb.getHeight(), 0, 0, new int[]{0, 1, 2});
            new ColorConvertOp(new java.awt.color.ICC_Profile[]{icc,
                    java.awt.color.ICC_Profile.getInstance(ColorSpace.CS_sRGB)}, null).filter(source, target);
            if (rgb.getColorModel().hasAlpha()) {
                converted.getAlphaRaster().setRect(rgb.getAlphaRaster());
            }
            return converted;
        } catch (RuntimeException | java.util.zip.DataFormatException e) {
            return image; // a damaged profile: the pixels as stored, as browsers show them
        } finally {
            inflater.end();
        }
    }

    /** The picture in sRGB, in a layout the resampler and the encoders take (8 bits per channel). */
    private static BufferedImage standard(BufferedImage image, boolean alpha) {
        int type = alpha && image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        ColorSpace space = image.getColorModel().getColorSpace();
        if (image.getType() == type && space.isCS_sRGB()) {
            return image;
        }
        BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(), type);
        if (space.isCS_sRGB() || space.getType() == ColorSpace.TYPE_GRAY && image.getColorModel().getNumComponents() <= 2) {
            java.awt.Graphics2D g = converted.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        } else {
            // Adobe RGB, Display P3, CMYK and the rest: the profile's colours, as sRGB shows them.
            new ColorConvertOp(null).filter(image, converted);
        }
        return converted;
    }

    /** Turns the stored pixels as EXIF orientation {@code orientation} says the camera held them. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        return switch (orientation) {
            case 2 -> ImageUtil.createFlipped(image, ImageUtil.FLIP_HORIZONTAL);
            case 3 -> ImageUtil.createRotated(image, ImageUtil.ROTATE_180);
            case 4 -> ImageUtil.createFlipped(image, ImageUtil.FLIP_VERTICAL);
            case 5 -> ImageUtil.createFlipped(ImageUtil.createRotated(image, ImageUtil.ROTATE_90_CW), ImageUtil.FLIP_HORIZONTAL);
            case 6 -> ImageUtil.createRotated(image, ImageUtil.ROTATE_90_CW);
            case 7 -> ImageUtil.createFlipped(ImageUtil.createRotated(image, ImageUtil.ROTATE_90_CW), ImageUtil.FLIP_VERTICAL);
            case 8 -> ImageUtil.createRotated(image, ImageUtil.ROTATE_90_CCW);
            default -> image;
        };
    }

    static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
    }
}
