package news.parley.images;

import java.util.ArrayList;
import java.util.List;

/**
 * Which files a photo becomes: the whole picture at each width readers' screens need (never wider
 * than it is), a small crop for listing cards, and the crops in 16:9, 4:3 and 1:1 that search engines
 * show, each keeping the photo's point of focus in frame.
 */
public final class CutPlan {
    /** The widths of the whole picture that {@code srcset} offers: phones, tablets and laptops, large screens. */
    public static final int[] WIDTHS = {480, 960, 1600};
    /** How wide the crops for search engines are: Google asks for at least 1,200 pixels. */
    public static final int CROP_WIDTH = 1200;
    /** How wide a listing card's crop is. */
    public static final int CARD_WIDTH = 480;
    /** How wide a portrait beside a name is: twice the size it is shown at, for sharp screens. */
    public static final int AVATAR_WIDTH = 160;

    private CutPlan() {
    }

    /** The whole picture at each width, narrowest first; a picture narrower than the first is kept at its own. */
    public static List<Cut> sizes(int width, int height) {
        List<Cut> sizes = new ArrayList<>();
        for (int target : WIDTHS) {
            if (target < width) {
                sizes.add(whole(width, height, target));
            }
        }
        if (width <= WIDTHS[WIDTHS.length - 1]) {
            sizes.add(whole(width, height, width));
        }
        return sizes;
    }

    /** The crops in 16:9, 4:3 and 1:1 around the focus, as wide as the picture allows up to {@link #CROP_WIDTH}. */
    public static List<Cut> crops(int width, int height, double focusX, double focusY) {
        return List.of(crop(width, height, 16, 9, CROP_WIDTH, focusX, focusY),
                crop(width, height, 4, 3, CROP_WIDTH, focusX, focusY),
                crop(width, height, 1, 1, CROP_WIDTH, focusX, focusY));
    }

    public static Cut card(int width, int height, double focusX, double focusY) {
        return crop(width, height, 16, 9, CARD_WIDTH, focusX, focusY);
    }

    public static Cut avatar(int width, int height, double focusX, double focusY) {
        return crop(width, height, 1, 1, AVATAR_WIDTH, focusX, focusY);
    }

    private static Cut whole(int width, int height, int target) {
        int outputHeight = Math.max(1, (int) Math.round((double) height * target / width));
        return new Cut(Integer.toString(target), 0, 0, width, height, target, outputHeight);
    }

    /**
     * The largest region of {@code ratioX:ratioY} that fits the picture, centred on the focus as far as the
     * edges allow, scaled down to {@code most} pixels wide if it is wider.
     */
    private static Cut crop(int width, int height, int ratioX, int ratioY, int most, double focusX, double focusY) {
        int regionWidth = width;
        int regionHeight = (int) ((long) width * ratioY / ratioX);
        if (regionHeight > height) {
            regionHeight = height;
            regionWidth = (int) ((long) height * ratioX / ratioY);
        }
        regionWidth = Math.max(1, regionWidth);
        regionHeight = Math.max(1, regionHeight);
        int x = clamp((int) Math.round(focusX * width - regionWidth / 2.0), 0, width - regionWidth);
        int y = clamp((int) Math.round(focusY * height - regionHeight / 2.0), 0, height - regionHeight);
        int outputWidth = Math.min(most, regionWidth);
        int outputHeight = Math.max(1, (int) Math.round((double) outputWidth * ratioY / ratioX));
        // Named by the region it shows: crops of two focus points that show the same region are one file.
        String name = outputWidth + "x" + outputHeight + "-" + x + "-" + y + "-" + regionWidth + "x" + regionHeight;
        return new Cut(name, x, y, regionWidth, regionHeight, outputWidth, outputHeight);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
