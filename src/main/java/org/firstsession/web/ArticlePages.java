package org.firstsession.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.booking.SlotWindow;
import org.firstsession.article.ArticleMarkdown;
import org.firstsession.article.ArticleQuery;
import org.firstsession.article.ArticleReference;
import org.firstsession.article.ArticleService;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.article.ArticleViews.ArticleView;
import org.firstsession.booking.SlotService;
import org.firstsession.booking.SlotView;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.specialist.Taxonomy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** Articles: the list with topic filter and search, and one article with its author, references and sharing. */
@Path("/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticlePages {

    /** How far ahead the author card looks for the next free consultation. */
    static final Duration NEXT_SLOT_WINDOW = Duration.ofDays(21);
    static final int MORE_BY_AUTHOR = 5;

    /** An article as the page shows it; the author card's next free slot may be absent. */
    public record Shown(ArticleView article, String bodyHtml, Instant nextFreeSlot, List<ArticleSummary> moreByAuthor) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance articles(List<ArticleSummary> articles, String topic, String q,
                String specialistId, Paging paging, FormErrors errors, List<Taxonomy.Term> topics);

        static native TemplateInstance article(Shown shown, ShareLinks share, String ogDescription, String jsonLd,
                FormErrors errors, String notice, String loginToMessage);
    }

    private final ArticleService articles;
    private final ArticleMarkdown markdown;
    private final SlotService slots;
    private final Viewer viewer;
    private final VisitorLanguage language;
    private final ObjectMapper json;

    ArticlePages(ArticleService articles, ArticleMarkdown markdown, SlotService slots, Viewer viewer, ObjectMapper json, VisitorLanguage language) {
        this.language = language;
        this.articles = articles;
        this.markdown = markdown;
        this.slots = slots;
        this.viewer = viewer;
        this.json = json;
    }

    @GET
    @PermitAll
    public Response list(@QueryParam("topic") String topic, @QueryParam("q") String q,
            @QueryParam("specialistId") String specialistId, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        List<ArticleSummary> items = List.of();
        Paging paging = Paging.none();
        try {
            Page<ArticleSummary> found = articles.list(ArticleQuery.parse(topic, specialistId, q, page, null));
            items = found.items();
            paging = Paging.of(found, "/articles?" + Paging.param("topic", topic) + Paging.param("q", q)
                    + Paging.param("specialistId", specialistId));
        } catch (ProblemException e) {
            errors = FormErrors.of(e);
        }
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.articles(items, topic, q, specialistId, paging, errors, Taxonomy.SPECIALTIES)).build();
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    public TemplateInstance article(@PathParam("slug") String slug, @QueryParam("reported") String reported) {
        return page(slug, FormErrors.none(), reported != null ? language.messages().report_thanks() : null);
    }

    @POST
    @Path("/{slug}/report")
    @Authenticated
    public Response report(@PathParam("slug") String slug, @FormParam("reason") String reason) {
        String problem = reason == null || reason.isBlank() ? language.messages().report_reason_missing()
                : reason.length() > QuestionPages.REASON_MAX ? language.messages().booking_reason_too_long(QuestionPages.REASON_MAX) : null;
        if (problem != null) {
            return Response.status(400).entity(page(slug, FormErrors.none().add("reason", problem), null)).build();
        }
        ArticleView article = articles.bySlug(slug, viewer.accountId(), viewer.admin());
        articles.report(article.id(), viewer.accountId(), viewer.admin(), reason);
        return Response.seeOther(URI.create("/articles/" + slug + "?reported=1")).build();
    }

    private TemplateInstance page(String slug, FormErrors errors, String notice) {
        ArticleView article = articles.bySlug(slug, viewer.loggedIn() ? viewer.accountId() : null, viewer.admin());
        Shown shown = shown(article);
        String description = article.summary() != null ? article.summary() : language.messages().article_description();
        return Templates.article(shown, ShareLinks.of(article.shareUrl(), article.title() + " on FirstSession"),
                description, jsonLd(article), errors, notice, language.messages().gate_message());
    }

    private Shown shown(ArticleView article) {
        Instant next = null;
        try {
            List<SlotView> open = slots.openSlots(article.author().specialistId(),
                    SlotWindow.until(Instant.now().plus(NEXT_SLOT_WINDOW)), null).items();
            next = open.isEmpty() ? null : open.get(0).startsAt();
        } catch (ProblemException e) {
            // The author's own unpublished preview: no public slots to show.
        }
        List<ArticleSummary> more = articles.list(ArticleQuery.newest(article.author().specialistId(), MORE_BY_AUTHOR + 1))
                .items().stream().filter(a -> !a.id().equals(article.id())).limit(MORE_BY_AUTHOR).toList();
        return new Shown(article, markdown.render(article.body()), next, more);
    }

    /** schema.org {@code Article} with its author as a {@code Person} and the references as {@code citation}s. */
    String jsonLd(ArticleView a) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "Article");
        ld.put("headline", a.title());
        if (a.summary() != null) {
            ld.put("description", a.summary());
        }
        ld.put("url", a.shareUrl());
        ld.put("mainEntityOfPage", a.shareUrl());
        if (a.publishedAt() != null) {
            ld.put("datePublished", a.publishedAt().toString());
        }
        ld.put("dateModified", (a.updatedAt() != null ? a.updatedAt() : a.publishedAt() != null ? a.publishedAt() : a.createdAt()).toString());
        ld.put("about", a.topics().stream().map(t -> Labels.termLabel(t, language.locale())).toList());
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("@type", "Person");
        author.put("name", a.author().displayName());
        if (a.author().professionalTitle() != null) {
            author.put("jobTitle", a.author().professionalTitle());
        }
        author.put("url", a.author().profileUrl());
        ld.put("author", author);
        List<Map<String, Object>> citations = new ArrayList<>();
        for (ArticleReference r : a.references()) {
            Map<String, Object> citation = new LinkedHashMap<>();
            citation.put("@type", "CreativeWork");
            citation.put("name", r.title());
            citation.put("author", r.authors());
            citation.put("datePublished", String.valueOf(r.year()));
            if (r.publisher() != null) {
                citation.put("publisher", r.publisher());
            }
            if (r.url() != null) {
                citation.put("url", r.url());
            }
            citations.add(citation);
        }
        if (!citations.isEmpty()) {
            ld.put("citation", citations);
        }
        try {
            // Inside <script>, "</script>" or "<!--" in an author's text must not end the block.
            return json.writeValueAsString(ld).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
