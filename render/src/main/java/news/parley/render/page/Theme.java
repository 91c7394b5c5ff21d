package news.parley.render.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.MustacheResolver;
import news.parley.core.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates of one build: the editor's {@code templates/*.mustache} where present, the default
 * theme's otherwise, for pages and partials alike. Every template is compiled once, up front, so
 * that a broken override stops the build before anything is written.
 */
public final class Theme {
    static final String DEFAULTS = "news/parley/theme/";
    public static final List<String> PAGES = List.of("index", "article", "actors", "actor", "countries",
            "country", "404", "search", "redirect", "corrections");
    private static final Pattern AT_LINE = Pattern.compile("@\\[([^:\\]]+):(\\d+)\\]");
    private static final Pattern NOT_FOUND = Pattern.compile("Template (.+)\\.mustache not found");

    private final Path overrides;
    private final DefaultMustacheFactory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();
    private String signature = "";

    private Theme(Path overrides) {
        this.overrides = overrides;
        this.factory = new DefaultMustacheFactory(new Resolver(overrides));
    }

    /** What the editor's templates are, so that a page made with other templates is never reused. */
    public String signature() {
        return signature;
    }

    /**
     * Compiles every page template and every override; returns the theme, or null with the problems
     * (a syntax error at its line, a partial that does not exist at the line that names it).
     */
    public static Theme load(Path overrides, List<Problem> problems) {
        if (Files.isSymbolicLink(overrides)) {
            problems.add(Problem.warning("templates", 0, 0, "a symbolic link is skipped: Parley reads only files inside "
                    + "the source folder"));
            overrides = overrides.resolveSibling(".parley-no-templates");
        }
        Theme theme = new Theme(overrides);
        List<String> names = new ArrayList<>(PAGES);
        for (String own : theme.ownTemplates()) {
            if (!names.contains(own)) {
                names.add(own);
            }
        }
        long before = problems.stream().filter(Problem::isError).count();
        StringBuilder own = new StringBuilder();
        for (String name : theme.ownTemplates()) {
            try {
                own.append(name).append('\n').append(Files.readString(overrides.resolve(name + ".mustache"))).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        theme.signature = news.parley.core.site.Fingerprint.of(own.toString());
        for (String name : names) {
            try {
                theme.compiled.put(name, theme.factory.compile(name + ".mustache"));
            } catch (MustacheException e) {
                problems.add(theme.problem(name, e));
            }
        }
        return problems.stream().filter(Problem::isError).count() == before ? theme : null;
    }

    public String render(String template, Object view) {
        StringWriter out = new StringWriter(8192);
        compiled.get(template).execute(out, view);
        return out.toString();
    }

    private List<String> ownTemplates() {
        if (!Files.isDirectory(overrides)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(overrides)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".mustache"))
                    .map(n -> n.substring(0, n.length() - ".mustache".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Problem problem(String name, MustacheException e) {
        String message = String.valueOf(e.getMessage());
        Matcher notFound = NOT_FOUND.matcher(message);
        if (e instanceof MustacheNotFoundException && notFound.find()) {
            String partial = notFound.group(1);
            Reference where = findReference(name, partial);
            return Problem.error("templates/" + where.template() + ".mustache", where.line(), where.column(),
                    "no template '" + partial + "' for the partial {{> " + partial + "}}; partials come from templates/ "
                            + "or the default theme");
        }
        Matcher at = AT_LINE.matcher(message);
        String file = name + ".mustache";
        int line = 0;
        if (at.find()) {
            file = at.group(1).strip();
            line = Integer.parseInt(at.group(2));
        }
        return Problem.error("templates/" + file, line, 0, "template does not compile: "
                + AT_LINE.matcher(message).replaceAll("").strip());
    }

    private record Reference(String template, int line, int column) {
    }

    /** The place in the editor's own templates that names a missing partial, starting from {@code name}. */
    private Reference findReference(String name, String partial) {
        Pattern reference = Pattern.compile("\\{\\{>\\s*" + Pattern.quote(partial) + "\\s*}}");
        List<String> order = new ArrayList<>(List.of(name));
        order.addAll(ownTemplates());
        for (String template : order) {
            Path file = overrides.resolve(template + ".mustache");
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = reference.matcher(lines.get(i));
                    if (m.find()) {
                        return new Reference(template, i + 1, m.start() + 1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Reference(name, 0, 0);
    }

    /** Looks in the editor's folder first, then in the default theme; never outside either. */
    private static final class Resolver implements MustacheResolver {
        private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*\\.mustache");
        private final Path overrides;

        Resolver(Path overrides) {
            this.overrides = overrides;
        }

        @Override
        public Reader getReader(String name) {
            if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
                return null;
            }
            Path own = overrides.resolve(name);
            try {
                if (Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)) {
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
