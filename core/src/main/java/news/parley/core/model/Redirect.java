package news.parley.core.model;

/**
 * A path of the site that used to serve a page and now sends readers to it, as front matter's
 * {@code redirectFrom} names it.
 *
 * @param path   the old path from the site's root, without its leading slash: a folder
 *               ({@code 2019/06/old-slug/}) or an HTML file ({@code old-page.html})
 * @param line   where front matter names it, for problems
 * @param column its column
 */
public record Redirect(String path, int line, int column) {

    /** The file that answers at the old path: the folder's {@code index.html}, or the HTML file itself. */
    public String file() {
        return path.endsWith("/") ? path + "index.html" : path;
    }
}
