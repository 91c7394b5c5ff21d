package news.parley.core.model;

import java.util.List;

/**
 * What the image stage made of one photo: the files pages, feeds and metadata point at. The text that
 * goes with it (alternative, caption, credit) is the {@link ImageRef}'s, as each use names it.
 *
 * @param width  the picture's width, upright, in pixels
 * @param height its height
 * @param sizes  the whole picture in each width it is published at, narrowest first
 * @param card   a small crop in 16:9 for listing cards (null for a photo only shown in an article's text)
 * @param avatar a small square crop, for a portrait beside a name (the same)
 * @param crops  crops in 16:9, 4:3 and 1:1, as wide as the picture allows up to 1,200 pixels, for
 *               search engines and social sites
 */
public record Picture(int width, int height, List<Rendition> sizes, Rendition card, Rendition avatar,
                      List<Rendition> crops) {

    public Picture {
        sizes = List.copyOf(sizes);
        crops = List.copyOf(crops);
    }

    /** The key under which the image stage gives the picture of a photo shown in an article's text. */
    public static String inTextKey(String src) {
        return src + "#text";
    }

    /** The same files as a site in a folder one level below the root sees them ({@code ../images/...}). */
    public Picture fromFolder() {
        java.util.function.UnaryOperator<Rendition> up = r -> r == null ? null
                : new Rendition("../" + r.path(), r.width(), r.height(), r.mediaType(), r.bytes());
        return new Picture(width, height, sizes.stream().map(up).toList(), up.apply(card), up.apply(avatar),
                crops.stream().map(up).toList());
    }

    /** The widest of {@link #sizes}. */
    public Rendition largest() {
        return sizes.get(sizes.size() - 1);
    }

    /**
     * One file of a picture.
     *
     * @param path      where the site holds it, relative to its root
     * @param mediaType {@code image/jpeg} or {@code image/png}
     * @param bytes     its size, which feeds' enclosures state
     */
    public record Rendition(String path, int width, int height, String mediaType, long bytes) {
    }

    /** What feeds show of the picture: the whole of it, at the width of a reader's column (960) or less. */
    public Rendition forFeeds() {
        return sizes.stream().filter(r -> r.width() >= 960).findFirst().orElse(largest());
    }
}
