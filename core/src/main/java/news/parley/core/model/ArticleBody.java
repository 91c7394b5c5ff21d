package news.parley.core.model;

import java.util.List;

/**
 * What the Markdown stage learned from an article's body.
 *
 * @param html      the body as HTML, with the first mention of each featured actor linked
 * @param summary   the front matter summary, or the first paragraph as plain text
 * @param mentioned actor ids the text mentions, in order of first mention
 * @param links     every link and image URL the editor wrote, with its place in the file
 */
public record ArticleBody(String html, String summary, List<String> mentioned, List<BodyLink> links) {

    public ArticleBody {
        mentioned = List.copyOf(mentioned);
        links = List.copyOf(links);
    }

    /** A URL as written in the Markdown, at a line and column of the article's file. */
    public record BodyLink(String url, int line, int column) {
    }
}
