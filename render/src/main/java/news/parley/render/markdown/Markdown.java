package news.parley.render.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import news.parley.core.index.ActorMatcher;
import news.parley.core.index.MentionFinder;
import news.parley.core.index.MentionResolver;
import news.parley.core.model.Actor;
import news.parley.core.model.Article;
import news.parley.core.model.ArticleBody;
import news.parley.core.model.SiteConfig;
import news.parley.core.problem.Problem;
import news.parley.core.site.Urls;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Markdown stage. One parser and one renderer serve a whole build (both are thread-safe); for
 * each article it finds the actors the text mentions, links the first mention of each, and renders
 * the body and its summary.
 */
public final class Markdown {
    /** A first line of defence on the URL as written; {@link SafeLinkResolver} checks it decoded. */
    private static final String UNSAFE_URLS = "(?i)\\s*(javascript|vbscript|data):.*";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final boolean rawHtml;

    public Markdown(SiteConfig site) {
        MutableDataSet options = new MutableDataSet();
        // No bare-URL autolinking: it scans every run of text and cost a quarter of the Markdown stage;
        // CommonMark's <https://...> and [text](url) remain.
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
        options.set(HtmlRenderer.SUPPRESSED_LINKS, UNSAFE_URLS);
        options.set(HtmlRenderer.SUPPRESS_HTML, !site.rawHtml());
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        this.rawHtml = site.rawHtml();
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(opts -> new ActorMentionRenderer())
                .linkResolverFactory(new SafeLinkResolver.Factory())
                .build();
    }

    /** Renders Markdown that links no actors, such as a biography or a country description. */
    public String html(String markdown) {
        return render(parser.parse(markdown));
    }

    private String render(Document document) {
        String html = renderer.render(document);
        return rawHtml ? RawHtmlGuard.clean(html) : html;
    }

    /**
     * Renders a small made-up article and throws it away. The first article a fresh JVM renders waits for
     * flexmark to be loaded and started; a build that renders few (a rebuild after an
     * edit) does this on another thread while it reads its content, instead of on its way.
     */
    public static void warmUp() {
        SiteConfig site = new SiteConfig("Warm-up", URI.create("https://example.org/"), "en", ZoneOffset.UTC, "", "Warm-up", 20, 100,
                20, false, List.of(), List.of(), null, List.of(new news.parley.core.model.Language("en", "Warm-up", "")), null);
        Actor actor = new Actor("jane-doe", "actors/jane-doe.md", "Jane Doe", List.of("Doe"), null, "", false, "", 1, null, List.of());
        OffsetDateTime date = OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Article article = new Article("articles/warm-up.md", "warm-up", "Warm-up", date, null, null, List.of(),
                List.of(), List.of(), null, null, null, false, null,
                "Jane Doe *spoke*, [twice](https://example.org/).\n\n> Doe said:\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", 6, null, List.of(), List.of(), "en", "articles/warm-up");
        new Markdown(site).article(article, new ActorMatcher(List.of(actor)), problem -> { });
    }

    /**
     * Renders an article's body. A name shared by several actors that the front matter does not
     * settle links nobody and is reported through {@code warnings}.
     */
    public ArticleBody article(Article article, MentionFinder matcher, Consumer<Problem> warnings) {
        Document document = parser.parse(article.body());
        String page = Urls.file(Urls.article(article.slug()));
        Set<String> mentioned = new LinkedHashSet<>();
        visitProse(document, node -> {
            BasedSequence chars = node.getChars();
            List<ActorMatcher.Match> matches = matcher.find(chars);
            if (matches.isEmpty()) {
                return;
            }
            int done = 0;
            for (ActorMatcher.Match match : matches) {
                String actorId = MentionResolver.resolve(match, article);
                if (actorId == null) {
                    int offset = chars.getStartOffset() + match.start();
                    int line = document.getLineNumber(offset);
                    int column = offset - document.getChars().startOfLine(offset) + 1;
                    warnings.accept(Problem.warning(article.path(), article.bodyLine() + line, column,
                            "'" + match.surface() + "' may mean " + String.join(" or ", match.candidates().aliasOf())
                                    + "; list the one meant under 'actors' to link it"));
                    continue;
                }
                if (!mentioned.add(actorId)) {
                    continue;
                }
                if (match.start() > done) {
                    node.insertBefore(new Text(chars.subSequence(done, match.start())));
                }
                ActorMention mention = new ActorMention(chars.subSequence(match.start(), match.end()), actorId,
                        Urls.relative(page, Urls.actor(actorId)));
                mention.appendChild(new Text(chars.subSequence(match.start(), match.end())));
                node.insertBefore(mention);
                done = match.end();
            }
            if (done > 0) {
                if (done < chars.length()) {
                    node.insertBefore(new Text(chars.subSequence(done)));
                }
                node.unlink();
            }
        });
        String summary = article.summary() != null ? article.summary() : firstParagraph(document);
        return new ArticleBody(render(document), summary, List.copyOf(mentioned), links(document, article));
    }

    /**
     * Every URL the editor wrote (links, images, reference definitions), for the link check and the image
     * stage. A reference-style image ({@code ![text][ref]}) counts with its definition's URL, at its own
     * place; the definition it uses is not counted again.
     */
    private static List<ArticleBody.BodyLink> links(Document document, Article article) {
        // A definition that only images use is the images' to report. Flexmark matches labels as CommonMark
        // does ([ref], [text][], [text]), and gives the first definition of a label.
        Set<Reference> imageDefinitions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Reference> linkDefinitions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node node : document.getDescendants()) {
            if (node instanceof RefNode ref && ref.getReferenceNode(document) != null) {
                (ref instanceof ImageRef ? imageDefinitions : linkDefinitions).add(ref.getReferenceNode(document));
            }
        }
        imageDefinitions.removeAll(linkDefinitions);
        List<ArticleBody.BodyLink> links = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            // A definition is a LinkNodeBase too: it is asked first.
            BasedSequence url = node instanceof Reference reference ? (imageDefinitions.contains(reference) ? null : reference.getUrl())
                    : node instanceof LinkNodeBase link ? link.getUrl()
                    : node instanceof ImageRef image && image.getReferenceNode(document) != null
                    ? image.getReferenceNode(document).getUrl() : null;
            if (url == null || url.isEmpty()) {
                continue;
            }
            boolean image = node instanceof Image || node instanceof ImageRef;
            int offset = node.getStartOffset();
            links.add(new ArticleBody.BodyLink(url.unescape(), article.bodyLine() + document.getLineNumber(offset),
                    offset - document.getChars().startOfLine(offset) + 1, image,
                    image && !new TextCollectingVisitor().collectAndGetText(node).isBlank()));
        }
        return links;
    }

    /** Visits the text a reader sees as running prose: not links, code, headings or raw HTML. */
    private static void visitProse(Node node, Consumer<Text> visit) {
        if (node instanceof Text text) {
            visit.accept(text);
            return;
        }
        if (node instanceof Link || node instanceof LinkRef || node instanceof Image || node instanceof ImageRef
                || node instanceof AutoLink || node instanceof MailLink || node instanceof Code
                || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof Heading
                || node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof ActorMention) {
            return;
        }
        List<Node> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            children.add(child);
        }
        children.forEach(child -> visitProse(child, visit));
    }

    private static String firstParagraph(Document document) {
        for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph paragraph) {
                String text = new TextCollectingVisitor().collectAndGetText(paragraph);
                return text.replaceAll("\\s+", " ").strip();
            }
        }
        return "";
    }
}
