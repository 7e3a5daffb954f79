package org.firstsession.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever an author writes, the rendered article cannot run script or load another site's content. */
class ArticleMarkdownTest {

    private final ArticleMarkdown markdown = new ArticleMarkdown("https://firstsession.example");

    private Document render(String source) {
        return Jsoup.parseBodyFragment(markdown.render(source));
    }

    /** Nothing that can execute: no script-capable element, no event handler, no script URL anywhere. */
    private static void assertInert(Document html) {
        assertTrue(html.select("script, style, iframe, object, embed, form, input, svg, math, link, meta, base").isEmpty(),
                html.body().html());
        for (Element element : html.getAllElements()) {
            element.attributes().forEach(attribute -> {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), html.body().html());
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        html.body().html());
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "Hello <img src=x onerror=alert(1)> world",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div onclick=\"alert(1)\">click</div>\n\ntext",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](java&#9;script:alert(1))",
            "[click](<javascript:alert(1)>)",
            "[click](vbscript:msgbox(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)",
            "[ref]: javascript:alert(1)\n\n[click][ref]",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<svg><script>alert(1)</script></svg>",
            "<style>body{display:none}</style>",
            "`<script>` in code and\n\n```html\n<script>alert(1)</script>\n```",
            "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
    })
    void hostile_bodies_render_inert(String source) {
        assertInert(render(source));
    }

    @Test
    void raw_html_is_shown_as_text_not_interpreted() {
        Document html = render("Before <b onmouseover=\"x()\">bold</b> after");
        assertTrue(html.select("b").isEmpty());
        assertTrue(html.text().contains("<b onmouseover=\"x()\">bold</b>"), html.text());
    }

    @Test
    void a_refused_link_keeps_its_text() {
        Document html = render("Please [click here](javascript:alert(1)) now");
        assertTrue(html.select("a").isEmpty());
        assertEquals("Please click here now", html.text());
    }

    @Test
    void links_are_nofollow_ugc_noopener() {
        Element link = render("See [Gottman](https://www.gottman.com/blog) and <https://example.org>").selectFirst("a");
        assertEquals("https://www.gottman.com/blog", link.attr("href"));
        assertEquals("nofollow ugc noopener", link.attr("rel"));
        assertEquals(2, render("See [Gottman](https://www.gottman.com/blog) and <https://example.org>")
                .select("a[rel='nofollow ugc noopener']").size());
    }

    @Test
    void images_from_other_hosts_become_links_and_our_own_images_stay() {
        Document other = render("![A chart](https://tracker.example/pixel.png)");
        assertTrue(other.select("img").isEmpty());
        assertEquals("https://tracker.example/pixel.png", other.selectFirst("a").attr("href"));
        assertEquals("A chart", other.selectFirst("a").text());
        assertTrue(render("![x](//tracker.example/p.png)").select("img").isEmpty());
        assertEquals("/static/img/chart.png", render("![A chart](/static/img/chart.png)").selectFirst("img").attr("src"));
        assertEquals(1, render("![A chart](https://firstsession.example/static/c.png)").select("img").size());
    }

    @Test
    void headings_start_below_the_pages_h1() {
        Document html = render("# One\n\n## Two\n\n###### Six");
        assertTrue(html.select("h1").isEmpty());
        assertEquals(List.of("h2", "h3", "h6"), html.select("h2, h3, h4, h5, h6").stream().map(Element::tagName).toList());
    }

    @Test
    void tables_and_ordinary_markdown_render() {
        Document html = render("Some *emphasis* and **strong**.\n\n- one\n- two\n\n| Deposit | Withdrawal |\n|---|---|\n| kindness | criticism |");
        assertEquals(1, html.select("em").size());
        assertEquals(2, html.select("li").size());
        assertEquals("criticism", html.select("table td").get(1).text());
    }

    @Test
    void a_huge_table_renders_as_plain_table_cells() {
        StringBuilder table = new StringBuilder("|" + "h|".repeat(500) + "\n|" + "-|".repeat(500) + "\n");
        for (int row = 0; row < 40; row++) {
            table.append("|").append("<script>x</script>|".repeat(500)).append("\n");
        }
        Document html = render(table.toString());
        assertEquals(500 * 40, html.select("td").size());
        assertInert(html);
    }

    @Test
    void the_stored_text_is_not_changed_by_rendering() {
        String source = "# Title\n\n<script>alert(1)</script> [x](javascript:y)";
        String copy = new String(source);
        markdown.render(source);
        assertEquals(copy, source);
        assertEquals("", markdown.render("   "));
    }
}
