package news.parley.site;

import news.parley.core.index.ActorMatcher;
import news.parley.core.index.SiteIndex;
import news.parley.core.load.ContentLoader;
import news.parley.core.load.LoadedContent;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.problem.Problems;
import news.parley.feeds.Feeds;
import news.parley.feeds.Sitemap;
import news.parley.render.markdown.Markdown;
import news.parley.render.page.Pages;
import news.parley.render.page.Theme;

import java.time.Duration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A whole build, as the chain of stages it is:
 * load, analyze (Markdown and mentions), index, render pages, write feeds, commit.
 * Nothing is written to the output folder unless every stage succeeds.
 */
public final class Site {
    private final BuildRequest request;
    private final Problems warnings = new Problems();

    private Site(BuildRequest request) {
        this.request = request;
    }

    /** Builds the site; throws {@code ContentException} with every problem when the content is wrong. */
    public static BuildResult build(BuildRequest request) {
        return new Site(request).run();
    }

    private BuildResult run() {
        long start = System.nanoTime();
        LoadedContent content = load();
        Theme theme = new Theme(content.templates());
        theme.compileAll();
        Markdown markdown = new Markdown(content.site());
        SiteIndex index = index(content, analyze(content, markdown));
        try (StagedOutput output = StagedOutput.begin(request.source(), request.output())) {
            int pages = render(index, theme, markdown, output);
            int feeds = writeFeeds(index, output);
            output.copyTree(content.staticFiles());
            output.commit();
            return new BuildResult(index.articles().size(), pages, feeds, output.files(),
                    Duration.ofNanos(System.nanoTime() - start), warnings.sorted());
        }
    }

    private LoadedContent load() {
        LoadedContent content = ContentLoader.load(request.source(),
                new ContentLoader.Options(request.drafts(), request.future(), request.now()));
        warnings.addAll(content.warnings());
        return content;
    }

    private Map<String, ArticleBody> analyze(LoadedContent content, Markdown markdown) {
        ActorMatcher matcher = new ActorMatcher(content.actors().values());
        Map<String, ArticleBody> bodies = new ConcurrentHashMap<>();
        content.articles().parallelStream().forEach((Article article) ->
                bodies.put(article.slug(), markdown.article(article, matcher, warnings::add)));
        return bodies;
    }

    private static SiteIndex index(LoadedContent content, Map<String, ArticleBody> bodies) {
        return SiteIndex.build(content, bodies);
    }

    private static int render(SiteIndex index, Theme theme, Markdown markdown, StagedOutput output) {
        int before = output.files();
        new Pages(index, theme, markdown, output).renderAll();
        return output.files() - before;
    }

    private static int writeFeeds(SiteIndex index, StagedOutput output) {
        int feeds = new Feeds(index, output).writeAll();
        output.write("sitemap.xml", Sitemap.of(index));
        return feeds;
    }

}
