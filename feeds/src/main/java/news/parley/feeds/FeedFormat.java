package news.parley.feeds;

/** A feed format as data, in the manner of Hugo's output formats: Rome's type, file name and media type. */
public enum FeedFormat {
    RSS("rss_2.0", "feed.xml", "application/rss+xml"),
    ATOM("atom_1.0", "atom.xml", "application/atom+xml");

    private final String romeType;
    private final String fileName;
    private final String mediaType;

    FeedFormat(String romeType, String fileName, String mediaType) {
        this.romeType = romeType;
        this.fileName = fileName;
        this.mediaType = mediaType;
    }

    public String romeType() {
        return romeType;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }
}
