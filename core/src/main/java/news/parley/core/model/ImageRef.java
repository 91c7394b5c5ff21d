package news.parley.core.model;

/**
 * A photo as front matter names it (an article's lead image, an actor's portrait): what it shows and
 * whose it is, before anything has read it.
 *
 * @param src     the image file relative to the source folder, with forward slashes
 * @param alt     the text alternative: what the picture shows, for those who cannot see it
 * @param caption what the picture is about, or null
 * @param credit  who took it or owns it, or null
 * @param focusX  the point crops keep, as a fraction of the width from the left (0.5 is the centre)
 * @param focusY  the same, as a fraction of the height from the top
 * @param line    the line of the front matter's {@code src}, where problems with the file point
 * @param column  its column
 */
public record ImageRef(String src, String alt, String caption, String credit, double focusX, double focusY, int line,
                       int column) {

    /** What tells this use's picture from others of the same file: the file and the focus its crops keep. */
    public String pictureKey() {
        return src + "#" + focusX + "," + focusY;
    }
}
