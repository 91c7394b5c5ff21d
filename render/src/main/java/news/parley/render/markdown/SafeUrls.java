package news.parley.render.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs content may put in a page: relative ones and a short list of schemes that cannot run
 * script. An allowlist, checked on the decoded URL with what browsers ignore taken out, so that
 * {@code &#106;avascript:} or {@code java\tscript:} is seen for what it is.
 */
final class SafeUrls {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern IGNORED = Pattern.compile("[\\s\\x00-\\x1F\\x7F]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

    private SafeUrls() {
    }

    static boolean isSafe(String url) {
        String compact = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        Matcher scheme = SCHEME.matcher(compact);
        return !scheme.find() || SCHEMES.contains(scheme.group(1));
    }
}
