package news.parley.core.site;

import news.parley.core.index.IndexedArticle;

/**
 * An article's text as pages and feeds show it: the Markdown stage's HTML, with what later stages
 * made of it (its photos, once the image stage has made their files). Links in it are relative to
 * the article's page.
 */
public interface ArticleHtml {
    /** The Markdown stage's HTML as it is. */
    ArticleHtml MARKDOWN = new ArticleHtml() {
        @Override
        public String html(IndexedArticle article) {
            return article.body().html();
        }

        @Override
        public String key(IndexedArticle article) {
            return "";
        }
    };

    String html(IndexedArticle article);

    /** A correction of {@code article}'s as HTML without blocks; here its text, escaped. */
    default String correction(IndexedArticle article, news.parley.core.model.Correction correction) {
        return correction.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** What the HTML depends on besides the article's fingerprint; empty when nothing. */
    String key(IndexedArticle article);
}
