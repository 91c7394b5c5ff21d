package news.parley.engine.websub;

import news.parley.core.problem.Problem;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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

    /** The most feeds one notice names: some hubs refuse a request body of a whole site's feeds. */
    private static final int PER_NOTICE = 100;

    /**
     * What a notice came to.
     *
     * @param feeds    the feeds the hubs were told of; none when no hub took the notice
     * @param hubs     how many hubs took it
     * @param warnings one for each hub that did not
     */
    public record Told(List<String> feeds, int hubs, List<Problem> warnings) {
    }

    /** Tells each of {@code hubs} of {@code feeds} (absolute URLs). */
    public Told publish(List<String> hubs, List<String> feeds) {
        List<Problem> warnings = new ArrayList<>();
        if (feeds.isEmpty() || hubs.isEmpty()) {
            return new Told(List.of(), 0, warnings);
        }
        List<String> notices = new ArrayList<>();
        for (int from = 0; from < feeds.size(); from += PER_NOTICE) {
            StringBuilder form = new StringBuilder("hub.mode=publish");
            for (String feed : feeds.subList(from, Math.min(feeds.size(), from + PER_NOTICE))) {
                form.append("&hub.url=").append(URLEncoder.encode(feed, StandardCharsets.UTF_8));
            }
            notices.add(form.toString());
        }
        // HTTP/1.1 plainly (no upgrade offered to h2c), and no redirects: a redirected POST becomes a GET
        // whose success would say nothing.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (String hub : hubs) {
            String failure = null;
            for (String notice : notices) {
                failure = send(client, hub, notice);
                if (failure != null) {
                    break;
                }
            }
            if (failure != null) {
                warnings.add(Problem.warning("site.yaml", 0, 0, "the WebSub hub " + hub + " " + failure + "; it was not"
                        + " told of " + feeds.size() + " changed feed" + (feeds.size() == 1 ? "" : "s")
                        + " (the site itself is built and in place)"));
            }
        }
        int told = hubs.size() - warnings.size();
        return new Told(told == 0 ? List.of() : feeds, told, warnings);
    }

    /**
     * Null when the hub took the notice, else what went wrong, as words that follow its name. The whole
     * exchange, the answer's body included (which is not kept), must end within the timeout.
     */
    private String send(HttpClient client, String hub, String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hub)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        CompletableFuture<HttpResponse<Void>> answer = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return status / 100 == 2 ? null : "answered " + status;
        } catch (TimeoutException e) {
            answer.cancel(true);
            return String.format(Locale.ROOT, "did not answer within %d s", timeout.toSeconds());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof HttpTimeoutException) {
                return String.format(Locale.ROOT, "did not answer within %d s", timeout.toSeconds());
            }
            String why = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
            return "could not be reached (" + why + ")";
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return "was not told: the build was interrupted";
        }
    }
}
