package news.parley.render.page;

import news.parley.core.index.IndexedArticle;
import news.parley.core.load.ImagePaths;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.Picture;
import news.parley.core.site.ArticleHtml;
import news.parley.core.site.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An article's text with each of the site's own photos in it ({@code ![text](photo.jpg "caption")}) as
 * the image stage made it: every width in {@code srcset}, its size, loaded as it nears the screen, and,
 * where it stands in a paragraph of its own, a figure with its caption. Other images stay as written.
 */
public final class ArticlePhotos implements ArticleHtml {
    /** How wide a photo in the text is shown: the text column's width, or the screen's below it. */
    static final String SIZES = "(min-width: 48rem) 46rem, 100vw";

    private final Map<String, Picture> pictures;

    /** @param pictures what the image stage made, by {@link Picture#inTextKey} */
    public ArticlePhotos(Map<String, Picture> pictures) {
        this.pictures = Map.copyOf(pictures);
    }

    @Override
    public String html(IndexedArticle article) {
        String html = article.body().html();
        if (!hasPhotos(article)) {
            return html;
        }
        String page = Urls.file(Urls.article(article.slug()));
        // Only the images the Markdown wrote inline, which are what the image stage made and what the key covers.
        Set<String> inline = new java.util.HashSet<>();
        for (ArticleBody.BodyLink link : article.body().links()) {
            if (link.image()) {
                inline.add(ImagePaths.inText(link.url(), article.article().path(), Set.of()));
            }
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element img : document.select("img[src]")) {
            String src = ImagePaths.inText(img.attr("src"), article.article().path(), Set.of());
            Picture picture = src == null || !inline.contains(src) ? null : pictures.get(Picture.inTextKey(src));
            if (picture != null) {
                place(img, picture, page);
            }
        }
        return document.body().html();
    }

    @Override
    public String key(IndexedArticle article) {
        if (!hasPhotos(article)) {
            return "";
        }
        return article.body().links().stream().filter(ArticleBody.BodyLink::image)
                .map(link -> String.valueOf(pictures.get(Picture.inTextKey(String.valueOf(
                        ImagePaths.inText(link.url(), article.article().path(), Set.of()))))))
                .collect(Collectors.joining("\n"));
    }

    private static boolean hasPhotos(IndexedArticle article) {
        for (ArticleBody.BodyLink link : article.body().links()) {
            if (link.image() && ImagePaths.inText(link.url(), article.article().path(), Set.of()) != null) {
                return true;
            }
        }
        return false;
    }

    private static void place(Element img, Picture picture, String page) {
        Picture.Rendition largest = picture.largest();
        Picture.Rendition shown = picture.sizes().stream().filter(r -> r.width() >= 960).findFirst().orElse(largest);
        String caption = img.attr("title");
        img.attr("src", Urls.relative(page, shown.path()))
                .attr("srcset", picture.sizes().stream().map(r -> Urls.relative(page, r.path()) + " " + r.width() + "w")
                        .collect(Collectors.joining(", ")))
                .attr("sizes", SIZES)
                .attr("width", Integer.toString(largest.width()))
                .attr("height", Integer.toString(largest.height()))
                .attr("loading", "lazy")
                .attr("decoding", "async");
        Element paragraph = img.parent();
        if (paragraph != null && paragraph.tagName().equals("p") && alone(paragraph, img)) {
            img.removeAttr("title");
            Element figure = new Element("figure").addClass("photo");
            figure.appendChild(img.clone());
            if (!caption.isBlank()) {
                figure.appendElement("figcaption").text(caption);
            }
            paragraph.replaceWith(figure);
        }
    }

    /** Whether {@code img} is all there is in {@code paragraph}, but spaces. */
    private static boolean alone(Element paragraph, Element img) {
        for (Node child : paragraph.childNodes()) {
            if (child != img && !(child instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
