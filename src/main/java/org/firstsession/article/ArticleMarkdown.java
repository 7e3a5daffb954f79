package org.firstsession.article;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.firstsession.shared.FirstSessionConfig;

/**
 * Renders an article's Markdown to HTML that cannot run anything: raw HTML is escaped (shown as text),
 * links go only to http, https or mailto addresses (anything else becomes plain text) and carry
 * {@code rel="nofollow ugc noopener"}, images load only from our own site (another host's image becomes
 * a link to it), and headings start at {@code h2} because the page's {@code h1} is the title. The
 * stored Markdown is never changed; the preview in the editor uses this same method.
 */
@ApplicationScoped
public class ArticleMarkdown {

    static final String LINK_REL = "nofollow ugc noopener";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", LINK_REL);
                }
                if (node instanceof Image) {
                    attributes.put("loading", "lazy");
                }
            })
            .build();
    private final String ownHost;

    @Inject
    ArticleMarkdown(FirstSessionConfig config) {
        this(config.publicBaseUrl());
    }

    ArticleMarkdown(String publicBaseUrl) {
        this.ownHost = host(publicBaseUrl);
    }

    public String render(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        document.accept(new Policy());
        return renderer.render(document);
    }

    /** Applies the link, image and heading rules to the parsed document before rendering. */
    private final class Policy extends AbstractVisitor {

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, heading.getLevel() + 1));
            visitChildren(heading);
        }

        @Override
        public void visit(Link link) {
            if (!isAllowedLink(link.getDestination())) {
                unwrap(link);
                return;
            }
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            String destination = image.getDestination();
            if (isOwnImage(destination)) {
                return;
            }
            // Another host's image would tell that host who reads the article: offer a link instead.
            Node replacement;
            String label = altText(image);
            if (isAllowedLink(destination)) {
                Link link = new Link(destination, image.getTitle());
                link.appendChild(new Text(label.isEmpty() ? destination : label));
                replacement = link;
            } else {
                replacement = new Text(label);
            }
            image.insertBefore(replacement);
            image.unlink();
        }
    }

    /** Replaces a node by its children (a refused link keeps its text). */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    private static String altText(Image image) {
        StringBuilder text = new StringBuilder();
        image.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    private static boolean isAllowedLink(String destination) {
        String scheme = scheme(destination);
        return scheme != null && (scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto"))
                || isLocalPath(destination);
    }

    private boolean isOwnImage(String destination) {
        if (isLocalPath(destination)) {
            return true;
        }
        String scheme = scheme(destination);
        return ("http".equals(scheme) || "https".equals(scheme)) && ownHost != null && ownHost.equals(host(destination));
    }

    /** A path on this site ({@code /static/x.png}, {@code #notes}), never {@code //other.host}. */
    private static boolean isLocalPath(String destination) {
        if (destination == null || destination.isEmpty()) {
            return false;
        }
        return (destination.startsWith("/") && !destination.startsWith("//") && !destination.startsWith("/\\"))
                || destination.startsWith("#");
    }

    private static String scheme(String destination) {
        if (destination == null) {
            return null;
        }
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String scheme = destination.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return scheme.matches("[a-z][a-z0-9+.-]*") ? scheme : null;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
