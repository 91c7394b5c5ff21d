package news.parley.core.load;

import java.util.ArrayDeque;
import java.util.Deque;

/** Where a photo that front matter or Markdown names lies in the source folder. */
public final class ImagePaths {
    private ImagePaths() {
    }

    /**
     * {@code src} as a path from the source folder: from the folder of {@code fromFile}, or from the source
     * folder with a leading {@code /}; null for a URL or a path that leaves the source folder.
     */
    public static String resolve(String src, String fromFile) {
        if (src.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") || src.startsWith("//") || src.contains("\\")
                || src.endsWith("/") || src.indexOf('\0') >= 0 || src.indexOf('?') >= 0 || src.indexOf('#') >= 0) {
            return null;
        }
        int slash = fromFile.lastIndexOf('/');
        String joined = src.startsWith("/") ? src.substring(1) : (slash < 0 ? "" : fromFile.substring(0, slash + 1)) + src;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    /**
     * The photo an image in an article's text ({@code ![text](url)}) shows, as a path from the source
     * folder, where the image stage makes its files: a JPEG, PNG or WebP beside the article or, from a
     * leading {@code /}, in the source folder. Null for anything else, which stays as written: a remote
     * image, another format, or a file of {@code static/} ({@code /img/logo.png}), which is copied as it is.
     *
     * @param staticFiles the files of {@code static/}, as paths of the site
     */
    public static String inText(String url, String articlePath, java.util.Set<String> staticFiles) {
        if (url.matches("(?s)[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//")) {
            return null;
        }
        String path;
        try {
            path = new java.net.URI(url).getPath();
        } catch (java.net.URISyntaxException e) {
            path = url;
        }
        if (path == null || path.isEmpty() || url.startsWith("/") && staticFiles.contains(path.substring(1))) {
            return null;
        }
        String src = resolve(path, articlePath);
        return src != null && isPhoto(src) ? src : null;
    }

    /** Whether Parley makes {@code path}'s files (JPEG, PNG, WebP), rather than leaving it to {@code static/}. */
    public static boolean isPhoto(String path) {
        return path.matches("(?i).*\\.(jpe?g|png|webp)");
    }
}
