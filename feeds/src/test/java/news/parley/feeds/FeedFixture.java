package news.parley.feeds;

import news.parley.core.index.ActorMatcher;
import news.parley.core.index.SiteIndex;
import news.parley.core.load.ContentLoader;
import news.parley.core.load.LoadedContent;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.render.markdown.Markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Content written inline, run through the real load, Markdown and index stages, then the feed stage. */
final class FeedFixture {
    private final Path root;

    FeedFixture(Path root, String siteYaml) {
        this.root = root;
        file("site.yaml", siteYaml);
    }

    FeedFixture(Path root) {
        this(root, "title: Wire\nbaseUrl: https://example.org/news/\nlanguage: en\nfeeds:\n  items: 3\n");
    }

    FeedFixture file(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FeedFixture actor(String id, String name, String country) {
        return file("actors/" + id + ".md", "---\nname: " + name + "\n" + (country == null ? "" : "country: " + country + "\n")
                + "---\nBio.\n");
    }

    FeedFixture article(String slug, String frontMatter, String body) {
        return file("articles/" + slug + ".md", "---\n" + frontMatter + (frontMatter.endsWith("\n") ? "" : "\n") + "---\n" + body);
    }

    /** The content through the real load, Markdown and index stages. */
    SiteIndex index() {
        LoadedContent content = ContentLoader.load(root,
                new ContentLoader.Options(false, false, Instant.parse("2030-01-01T00:00:00Z")));
        Markdown markdown = new Markdown(content.site());
        ActorMatcher matcher = new ActorMatcher(content.actors().values());
        Map<String, ArticleBody> bodies = new HashMap<>();
        for (Article article : content.articles()) {
            bodies.put(article.slug(), markdown.article(article, matcher, problem -> { }));
        }
        return SiteIndex.build(content, bodies);
    }

    /** The build time, which only a site without articles shows. */
    static final java.time.Instant NOW = java.time.Instant.parse("2025-07-02T09:30:00Z");

    /** Every file the feed stage writes, by path. */
    Map<String, byte[]> build() {
        return build(Map.of());
    }

    /** The same, with what the image stage made of the content's photos, by {@code ImageRef.pictureKey}. */
    Map<String, byte[]> build(Map<String, news.parley.core.model.Picture> pictures) {
        Map<String, byte[]> files = new TreeMap<>();
        new Feeds(index(), (path, bytes) -> {
            synchronized (files) {
                if (files.put(path, bytes) != null) {
                    throw new AssertionError("written twice: " + path);
                }
            }
        }, NOW, pictures, news.parley.core.site.ArticleHtml.MARKDOWN).writeAll();
        return files;
    }
}
