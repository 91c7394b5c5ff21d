package news.parley.feeds;

import com.rometools.opml.feed.opml.Outline;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Country;
import news.parley.core.site.Urls;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code feeds.opml}: every country's RSS feed, for a reader to subscribe to all of them in one step. */
public final class Opml {
    private Opml() {
    }

    public static byte[] countries(SiteIndex index) {
        Urls urls = new Urls(index.site().baseUrl());
        com.rometools.opml.feed.opml.Opml opml = new com.rometools.opml.feed.opml.Opml();
        opml.setFeedType("opml_2.0");
        opml.setEncoding("UTF-8");
        opml.setTitle(XmlText.clean(index.site().title() + ": every country"));
        List<Outline> outlines = index.countries().stream()
                .map(country -> outline(index.site().title(), country, urls))
                .toList();
        opml.setOutlines(outlines);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new WireFeedOutput().output(opml, writer, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the OPML", e);
        }
        return bytes.toByteArray();
    }

    private static Outline outline(String site, Country country, Urls urls) {
        String path = Urls.country(country.code());
        Outline outline = new Outline(XmlText.clean(site + ": " + country.name()),
                url(urls.absolute(path + FeedFormat.RSS.fileName())), url(urls.absolute(path)));
        outline.setText(XmlText.clean(country.name()));
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
