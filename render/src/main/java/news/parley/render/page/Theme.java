package news.parley.render.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import news.parley.core.problem.ContentException;
import news.parley.core.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of one build: the editor's {@code templates/*.mustache} where present, the default
 * theme's otherwise, for pages and partials alike. Each template is compiled once.
 */
public final class Theme {
    static final String DEFAULTS = "news/parley/theme/";
    public static final List<String> PAGES = List.of("index", "article", "actors", "actor", "countries",
            "country", "404");
    private static final Pattern MUSTACHE_LINE = Pattern.compile("@\\[?([^:@\\]]+):(\\d+)\\]?");

    private final Path overrides;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public Theme(Path overrides) {
        this.overrides = overrides;
        this.factory = new DefaultMustacheFactory(new Resolver(overrides));
    }

    /** Compiles every page template now, so that a broken override stops the build before it writes. */
    public void compileAll() {
        PAGES.forEach(this::template);
    }

    public String render(String template, Object view) {
        StringWriter out = new StringWriter(8192);
        template(template).execute(out, view);
        return out.toString();
    }

    private Mustache template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try {
                return factory.compile(n + ".mustache");
            } catch (MustacheException e) {
                throw new ContentException(problem(n + ".mustache", e));
            }
        });
    }

    private Problem problem(String name, MustacheException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher at = MUSTACHE_LINE.matcher(message);
        String file = name;
        int line = 0;
        if (at.find()) {
            file = at.group(1).strip();
            line = Integer.parseInt(at.group(2));
        }
        boolean own = Files.isRegularFile(overrides.resolve(file));
        String path = own ? "templates/" + file : "templates/" + name;
        return Problem.error(path, line, 0, "template does not compile: " + message.replaceAll("\\s+", " "));
    }

    /** Looks in the editor's folder first, then in the default theme on the class path. */
    private static final class Resolver implements MustacheResolver {
        private final Path overrides;

        Resolver(Path overrides) {
            this.overrides = overrides;
        }

        @Override
        public Reader getReader(String name) {
            if (name.contains("..") || name.startsWith("/")) {
                return null;
            }
            Path own = overrides.resolve(name);
            try {
                if (Files.isRegularFile(own)) {
                    return Files.newBufferedReader(own, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            InputStream stream = Theme.class.getClassLoader().getResourceAsStream(DEFAULTS + name);
            return stream == null ? null : new InputStreamReader(stream, StandardCharsets.UTF_8);
        }
    }
}
