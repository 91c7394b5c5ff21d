package news.parley.feeds;

import news.parley.core.site.FeedFormat;
import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import news.parley.core.site.Urls;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.List;

/** OPML 2.0 subscription lists: every country's RSS feed, and every actor's, to subscribe in one step. */
public final class Opml {
    public static final String COUNTRIES = "feeds.opml";
    public static final String ACTORS = "actors.opml";

    private Opml() {
    }

    static byte[] write(String title, List<FeedScope> scopes, Urls urls) {
        com.rometools.opml.feed.opml.Opml opml = new com.rometools.opml.feed.opml.Opml();
        opml.setFeedType("opml_2.0");
        opml.setEncoding("UTF-8");
        opml.setTitle(XmlText.clean(title));
        opml.setOutlines(scopes.stream().map(scope -> outline(scope, urls)).toList());
        try {
            return XmlText.write(new WireFeedOutput().outputJDom(opml));
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the OPML " + title, e);
        }
    }

    private static Outline outline(FeedScope scope, Urls urls) {
        Outline outline = new Outline(XmlText.clean(scope.title()),
                url(urls.absolute(scope.feedPath(FeedFormat.RSS))), url(urls.absolute(scope.path())));
        outline.setText(XmlText.clean(scope.name()));
        return outline;
    }

    private static URL url(String absolute) {
        try {
            return URI.create(absolute).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(absolute, e);
        }
    }
}
