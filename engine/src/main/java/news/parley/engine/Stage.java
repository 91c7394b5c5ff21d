package news.parley.engine;

/** The stages of a build, in the order they run; a {@link BuildListener} hears each as it starts. */
public enum Stage {
    /** Reading {@code site.yaml}, actors, countries, articles and templates into records. */
    LOAD,
    /** Rendering each article's Markdown and finding the actors it mentions. */
    ANALYZE,
    /** Cross-linking articles, actors and countries into one index, and checking it. */
    INDEX,
    /** Reading each photo's header, then making its files (decoding only what the cache does not hold). */
    IMAGES,
    /** Rendering every page through the theme. */
    RENDER,
    /** Writing the full-text search index: every word of every article, and what its results show. */
    SEARCH,
    /** Writing feeds, sitemaps and static files. */
    FEEDS,
    /** Putting the new site in place of the published one. */
    PUBLISH
}
