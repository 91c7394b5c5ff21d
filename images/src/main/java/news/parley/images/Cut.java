package news.parley.images;

/**
 * One file made from a photo: a region of the upright picture and the size it is scaled to.
 *
 * @param name   what tells this file from the photo's others ({@code 960}, {@code 1200x675})
 * @param x      the region's left edge, in pixels of the upright picture
 * @param y      its top edge
 * @param width  its width
 * @param height its height
 * @param outputWidth  the file's width
 * @param outputHeight the file's height
 */
public record Cut(String name, int x, int y, int width, int height, int outputWidth, int outputHeight) {

    /** What of the picture's pixels this cut needs: its output's width over its region's. */
    double scale() {
        return (double) outputWidth / width;
    }
}
