package news.parley.core.site;

import java.net.URI;

/**
 * Where everything lives. Paths are relative to the site root and end in a slash for pages, so that
 * URLs stay stable ({@code articles/<slug>/}); pages link to each other relatively, which keeps every
 * link working under the path of {@code baseUrl} and in a local preview, while feeds, sitemaps and
 * canonical links use {@link #absolute}.
 */
public final class Urls {
    private final String base;

    public Urls(URI baseUrl) {
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text : text + "/";
    }

    public static String article(String slug) {
        return "articles/" + slug + "/";
    }

    public static String actor(String id) {
        return "actors/" + id + "/";
    }

    public static String country(String code) {
        return "countries/" + code + "/";
    }

    public static final String ACTORS = "actors/";
    public static final String COUNTRIES = "countries/";
    /** The corrections page and its feeds. */
    public static final String CORRECTIONS = "corrections/";
    public static final String HOME = "";

    /** Page {@code n} (from 1) of a listing at {@code listing}: the first page is the listing itself. */
    public static String page(String listing, int n) {
        return n <= 1 ? listing : listing + "page/" + n + "/";
    }

    /** The file that serves a page path: {@code articles/x/} is {@code articles/x/index.html}. */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** From a file at {@code fromFile} back to the site root: "" at the root, "../../" two folders down. */
    public static String toRoot(String fromFile) {
        int depth = (int) fromFile.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** A link from the file at {@code fromFile} to {@code path}, relative so that any host and prefix work. */
    public static String relative(String fromFile, String path) {
        String href = toRoot(fromFile) + path;
        return href.isEmpty() ? "./" : href;
    }

    /**
     * The absolute URL of a site path, under {@code baseUrl}; a path may climb out of it ({@code ../images/}),
     * as a language's pages name the files all languages share.
     */
    public String absolute(String path) {
        if (!path.startsWith("../")) {
            return base + path;
        }
        String up = base;
        while (path.startsWith("../")) {
            up = up.substring(0, up.lastIndexOf('/', up.length() - 2) + 1);
            path = path.substring(3);
        }
        return up + path;
    }

    /** The path of the site under its host, such as {@code /news/}: for pages served at any URL, like 404.html. */
    public String rootPath() {
        return URI.create(base).getRawPath();
    }
}
