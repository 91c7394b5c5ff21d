package news.parley.images;

/**
 * What a photo's header says, read without decoding its pixels.
 *
 * @param format      {@code jpeg}, {@code png} or {@code webp}
 * @param width       the stored width, in pixels
 * @param height      the stored height
 * @param orientation the EXIF orientation (1 to 8; 1 when the file has none): how the stored pixels
 *                    must be turned to stand upright
 * @param alpha       whether it may be transparent somewhere, which only PNG keeps
 */
public record ImageInfo(String format, int width, int height, int orientation, boolean alpha) {

    /** Whether the picture lies on its side as stored (EXIF orientations 5 to 8 swap width and height). */
    public boolean sideways() {
        return orientation >= 5 && orientation <= 8;
    }

    public int uprightWidth() {
        return sideways() ? height : width;
    }

    public int uprightHeight() {
        return sideways() ? width : height;
    }
}
