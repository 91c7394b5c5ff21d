package news.parley.core.model;

import java.util.List;

/**
 * What the Markdown stage learned from an article's body.
 *
 * @param html      the body as HTML, with the first mention of each featured actor linked
 * @param summary   the front matter summary, or the first paragraph as plain text
 * @param mentioned actor ids the text mentions, in order of first mention
 */
public record ArticleBody(String html, String summary, List<String> mentioned) {

    public ArticleBody {
        mentioned = List.copyOf(mentioned);
    }
}
