package news.parley.core.site;

/**
 * A feed format as data, in the manner of Hugo's output formats: the file it is written to beside
 * its scope's page, its media type, and the name readers know it by.
 */
public enum FeedFormat {
    RSS("feed.xml", "application/rss+xml", "RSS"),
    ATOM("atom.xml", "application/atom+xml", "Atom"),
    JSON("feed.json", "application/feed+json", "JSON Feed");

    private final String fileName;
    private final String mediaType;
    private final String label;

    FeedFormat(String fileName, String mediaType, String label) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }
}
