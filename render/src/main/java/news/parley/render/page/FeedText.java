package news.parley.render.page;

import news.parley.core.index.IndexedArticle;
import news.parley.core.model.Correction;
import news.parley.core.site.ArticleHtml;
import news.parley.render.markdown.Markdown;
import org.jsoup.nodes.Entities;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * An article's text as feeds carry it: its corrections first, newest first, as the page shows them
 * above the text (a feed reader that shows the entry as updated then shows why), then the text with
 * its photos.
 */
public final class FeedText implements ArticleHtml {
    private final ArticleHtml text;
    private final Markdown markdown;
    private final DateTimeFormatter dates;
    private final news.parley.core.model.Messages words;

    public FeedText(ArticleHtml text, Markdown markdown, java.util.Locale locale, news.parley.core.model.Messages words) {
        this.text = text;
        this.markdown = markdown;
        this.words = words;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    @Override
    public String html(IndexedArticle article) {
        if (article.article().corrections().isEmpty()) {
            return text.html(article);
        }
        StringBuilder html = new StringBuilder("<p><strong>" + Entities.escape(words.get("corrections"))
                + "</strong></p>\n<ul>\n");
        for (Correction correction : article.article().correctionsNewestFirst()) {
            html.append("<li>").append(Entities.escape(correction.date().format(dates))).append(": ")
                    .append(Pages.inline(markdown.html(correction.text()))).append("</li>\n");
        }
        return html.append("</ul>\n").append(text.html(article)).toString();
    }

    @Override
    public String correction(IndexedArticle article, Correction correction) {
        return Pages.inline(markdown.html(correction.text()));
    }

    @Override
    public String key(IndexedArticle article) {
        // The corrections are the article's own, and its fingerprint covers them and the site's settings.
        return text.key(article);
    }
}
