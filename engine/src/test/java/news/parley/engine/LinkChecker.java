package news.parley.engine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Follows every link of every page of a built site as a browser would when the site is served at
 * {@code baseUrl}: relative links against the page's own URL, absolute ones under the base.
 */
final class LinkChecker {
    private LinkChecker() {
    }

    /** Every link that leads nowhere, as {@code page -> href}; 404.html is checked as if served at a missing URL. */
    static List<String> broken(Path site, String baseUrl) {
        URI base = URI.create(baseUrl);
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String rel = site.relativize(file).toString().replace('\\', '/');
                String pageUrl = rel.equals("404.html")
                        ? base.resolve("no/such/page/").toString()
                        : base.resolve(rel.replaceFirst("index\\.html$", "")).toString();
                Document page = Jsoup.parse(Files.readString(file), pageUrl);
                for (Element link : page.select("a[href], link[href]")) {
                    String target = link.absUrl("href");
                    if (!target.startsWith(base.toString()) || link.attr("href").startsWith("#")) {
                        continue;
                    }
                    String path = URI.create(target).getPath().substring(base.getPath().length());
                    Path local = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                    if (!Files.isRegularFile(local)) {
                        broken.add(rel + " -> " + link.attr("href"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return broken;
    }
}
