package news.parley.core.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the Markdown stage learned from an article's body. Its HTML may stay where a build's cache
 * keeps it until a page or feed asks for it: most of a rebuild's articles are never rendered again,
 * and holding every body in memory would cost more than reading the few that are.
 */
public final class ArticleBody {
    private final String html;
    private final Supplier<String> source;
    private final String summary;
    private final List<String> mentioned;
    private final List<BodyLink> links;

    /**
     * @param html      the body as HTML, with the first mention of each featured actor linked
     * @param summary   the front matter summary, or the first paragraph as plain text
     * @param mentioned actor ids the text mentions, in order of first mention
     * @param links     every link and image URL the editor wrote, with its place in the file
     */
    public ArticleBody(String html, String summary, List<String> mentioned, List<BodyLink> links) {
        this(Objects.requireNonNull(html), null, summary, mentioned, links);
    }

    private ArticleBody(String html, Supplier<String> source, String summary, List<String> mentioned,
                        List<BodyLink> links) {
        this.html = html;
        this.source = source;
        this.summary = Objects.requireNonNull(summary);
        this.mentioned = List.copyOf(mentioned);
        this.links = List.copyOf(links);
    }

    /** A body whose HTML {@code source} reads when it is asked for (each time: it is not kept). */
    public static ArticleBody stored(Supplier<String> source, String summary, List<String> mentioned,
                                     List<BodyLink> links) {
        return new ArticleBody(null, Objects.requireNonNull(source), summary, mentioned, links);
    }

    public String html() {
        return html != null ? html : source.get();
    }

    public String summary() {
        return summary;
    }

    public List<String> mentioned() {
        return mentioned;
    }

    public List<BodyLink> links() {
        return links;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleBody that && html().equals(that.html()) && summary.equals(that.summary)
                && mentioned.equals(that.mentioned) && links.equals(that.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html(), summary, mentioned, links);
    }

    @Override
    public String toString() {
        return "ArticleBody[html=" + html() + ", summary=" + summary + ", mentioned=" + mentioned + ", links=" + links + "]";
    }

    /**
     * A URL as written in the Markdown, at a line and column of the article's file.
     *
     * @param image     whether it is an image's ({@code ![text](url)}) rather than a link's
     * @param described for an image, whether it has a text alternative (the text in brackets)
     */
    public record BodyLink(String url, int line, int column, boolean image, boolean described) {
    }
}
