package news.parley.engine.websub;

import news.parley.core.problem.Problem;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tells WebSub hubs that feeds changed, so that they fetch them and push them to subscribers at once:
 * one {@code hub.mode=publish} request per hub naming every changed feed ({@code hub.url} repeated, as
 * PubSubHubbub 0.3 allows and the hubs in use accept). It runs after the new site is in place: a hub
 * that fails or does not answer is a warning naming it, and the build has succeeded all the same.
 */
public final class HubNotifier {
    private final Duration timeout;

    public HubNotifier(Duration timeout) {
        this.timeout = timeout;
    }

    /** Tells each of {@code hubs} of {@code feeds} (absolute URLs); returns a warning for each hub that failed. */
    public List<Problem> publish(List<String> hubs, List<String> feeds) {
        List<Problem> warnings = new ArrayList<>();
        if (feeds.isEmpty()) {
            return warnings;
        }
        StringBuilder form = new StringBuilder("hub.mode=publish");
        for (String feed : feeds) {
            form.append("&hub.url=").append(URLEncoder.encode(feed, StandardCharsets.UTF_8));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        for (String hub : hubs) {
            String failure = send(client, hub, form.toString());
            if (failure != null) {
                warnings.add(Problem.warning("site.yaml", 0, 0, "the WebSub hub " + hub + " " + failure + "; it was not"
                        + " told of " + feeds.size() + " changed feed" + (feeds.size() == 1 ? "" : "s")
                        + " (the site itself is built and in place)"));
            }
        }
        return warnings;
    }

    /** Null when the hub took the notice, else what went wrong, as words that follow its name. */
    private String send(HttpClient client, String hub, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                return null;
            }
            String body = response.body().strip();
            return "answered " + response.statusCode() + (body.isEmpty() ? ""
                    : " (" + (body.length() > 200 ? body.substring(0, 200) + "…" : body) + ")");
        } catch (HttpTimeoutException e) {
            return String.format(Locale.ROOT, "did not answer within %d s", timeout.toSeconds());
        } catch (IOException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return "could not be reached (" + why + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was not told: the build was interrupted";
        }
    }
}
