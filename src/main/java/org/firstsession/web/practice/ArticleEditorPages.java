package org.firstsession.web.practice;

import static org.firstsession.shared.i18n.Details.problem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.article.ArticleMarkdown;
import org.firstsession.article.ArticleReference;
import org.firstsession.article.ArticleService;
import org.firstsession.article.ArticleViews.ArticleRequest;
import org.firstsession.article.ArticleViews.ArticleView;
import org.firstsession.article.ArticleViews.MyArticle;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.specialist.Taxonomy;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import java.util.HashMap;

/**
 * The author's articles: the list, and an editor whose Preview renders the body exactly as the article
 * page will, and whose reference rows are added, removed and reordered by plain form buttons (no
 * JavaScript): every button posts the whole form back, and only Save and Publish store anything.
 */
@Path("/specialist/articles")
@Produces(MediaType.TEXT_HTML)
public class ArticleEditorPages {

    /** One reference row as typed; {@code errors} holds the messages for its fields by name. */
    public record ReferenceRow(int index, String authors, String year, String title, String publisher, String url,
            String pages, String note, Map<String, String> errors) {

        /** The message for one of this row's fields, or null. */
        public String error(String field) {
            return errors.get(field);
        }

        boolean isEmpty() {
            return blank(authors) && blank(year) && blank(title) && blank(publisher) && blank(url) && blank(pages)
                    && blank(note);
        }
    }

    /** The editor form as posted. Reference fields repeat once per row, in order. */
    public static class EditorForm {
        @FormParam("title") public String title;
        @FormParam("summary") public String summary;
        @FormParam("body") public String body;
        @FormParam("topics") public List<String> topics;
        @FormParam("refAuthors") public List<String> refAuthors;
        @FormParam("refYear") public List<String> refYear;
        @FormParam("refTitle") public List<String> refTitle;
        @FormParam("refPublisher") public List<String> refPublisher;
        @FormParam("refUrl") public List<String> refUrl;
        @FormParam("refPages") public List<String> refPages;
        @FormParam("refNote") public List<String> refNote;
        @FormParam("action") public String action;

        List<ReferenceRow> rows() {
            int n = size(refAuthors);
            List<ReferenceRow> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new ReferenceRow(i, at(refAuthors, i), at(refYear, i), at(refTitle, i), at(refPublisher, i),
                        at(refUrl, i), at(refPages, i), at(refNote, i), Map.of()));
            }
            return rows;
        }

        private static int size(List<String> values) {
            return values == null ? 0 : values.size();
        }

        private static String at(List<String> values, int i) {
            return values != null && i < values.size() ? values.get(i) : "";
        }
    }

    /** What the editor shows: the article being edited (null for a new one), the typed input and a preview. */
    public record Editor(UUID id, String status, String slug, String title, String summary, String body,
            List<String> topics, List<ReferenceRow> references, String previewHtml,
            List<ArticleReference> previewReferences) {
    }

    @CheckedTemplate(basePath = "practice")
    static class Templates {
        static native TemplateInstance articles(List<MyArticle> articles, boolean canWrite, String notice);

        static native TemplateInstance articleEditor(Editor editor, FormErrors errors, String notice,
                List<Taxonomy.Term> topics, boolean canWrite);
    }

    private final ArticleService articles;
    private final ArticleMarkdown markdown;
    private final Viewer viewer;
    private final PracticeTexts texts;

    ArticleEditorPages(ArticleService articles, ArticleMarkdown markdown, Viewer viewer, PracticeTexts texts) {
        this.articles = articles;
        this.markdown = markdown;
        this.viewer = viewer;
        this.texts = texts;
    }

    @GET
    @Authenticated
    public TemplateInstance list(@QueryParam("deleted") String deleted) {
        return Templates.articles(articles.mine(viewer.accountId(), 0, 50).items(), articles.canWrite(viewer.accountId()),
                deleted != null ? texts.practice().myart_deleted() : null);
    }

    @GET
    @Authenticated
    @Path("/new")
    public TemplateInstance newArticle() {
        Editor editor = new Editor(null, null, null, "", "", "", List.of(), List.of(), null, List.of());
        return Templates.articleEditor(editor, FormErrors.none(), null, Taxonomy.SPECIALTIES, articles.canWrite(viewer.accountId()));
    }

    @GET
    @Authenticated
    @Path("/{id}")
    public TemplateInstance edit(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        ArticleView a = mine(id);
        List<ReferenceRow> rows = new ArrayList<>();
        for (ArticleReference r : a.references()) {
            rows.add(new ReferenceRow(rows.size(), r.authors(), r.year() == null ? "" : r.year().toString(), r.title(),
                    r.publisher(), r.url(), r.pages(), r.note(), Map.of()));
        }
        Editor editor = new Editor(a.id(), a.status().name(), a.slug(), a.title(), a.summary(), a.body(), a.topics(),
                rows, null, List.of());
        PracticeMsg m = texts.practice();
        String notice = saved == null ? null : switch (saved) {
            case "published" -> m.ed_published();
            case "unpublished" -> m.ed_unpublished();
            default -> m.ed_saved();
        };
        return Templates.articleEditor(editor, FormErrors.none(), notice, Taxonomy.SPECIALTIES, true);
    }

    @POST
    @Authenticated
    public Response submitNew(@BeanParam EditorForm form) {
        return submit(null, form);
    }

    @POST
    @Authenticated
    @Path("/{id}")
    public Response submitExisting(@PathParam("id") UUID id, @BeanParam EditorForm form) {
        mine(id);
        return submit(id, form);
    }

    @POST
    @Authenticated
    @Path("/{id}/unpublish")
    public Response unpublish(@PathParam("id") UUID id) {
        articles.unpublish(id, viewer.accountId());
        return Response.seeOther(URI.create("/specialist/articles/" + id + "?saved=unpublished")).build();
    }

    @POST
    @Authenticated
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") UUID id) {
        articles.delete(id, viewer.accountId());
        return Response.seeOther(URI.create("/specialist/articles?deleted=1")).build();
    }

    private Response submit(UUID id, EditorForm form) {
        String action = form.action == null ? "save" : form.action;
        List<ReferenceRow> rows = new ArrayList<>(form.rows());
        String previewHtml = null;
        List<ArticleReference> previewReferences = List.of();
        FormErrors errors = FormErrors.none();
        int status = 200;
        if (action.equals("add-reference")) {
            rows.add(new ReferenceRow(rows.size(), "", "", "", "", "", "", "", Map.of()));
        } else if (action.startsWith("remove-") || action.startsWith("up-") || action.startsWith("down-")) {
            move(rows, action);
        } else if (action.equals("preview")) {
            previewHtml = markdown.render(form.body);
            previewReferences = references(rows, errors, texts.practice());
        } else if (action.equals("save") || action.equals("publish")) {
            ArticleRequest request = new ArticleRequest(nullIfBlank(form.title), nullIfBlank(form.summary),
                    nullIfBlank(form.body), form.topics == null ? List.of() : form.topics, references(rows, errors, texts.practice()));
            if (!errors.any()) {
                try {
                    ArticleView saved = id == null ? articles.create(viewer.accountId(), request)
                            : articles.update(id, viewer.accountId(), request);
                    if (action.equals("publish")) {
                        articles.publish(saved.id(), viewer.accountId());
                        return Response.seeOther(URI.create("/specialist/articles/" + saved.id() + "?saved=published")).build();
                    }
                    return Response.seeOther(URI.create("/specialist/articles/" + saved.id() + "?saved=1")).build();
                } catch (ProblemException refusal) {
                    if (refusal.status() == 404) {
                        throw refusal;
                    }
                    status = refusal.status();
                    errors = FormErrors.of(refusal);
                    if (!errors.any() || refusal.status() == 422) {
                        errors.add("article", FormErrors.message(refusal));
                    }
                }
            } else {
                status = 400;
            }
        }
        List<ReferenceRow> numbered = withErrors(rows, errors);
        ArticleView existing = id == null ? null : mine(id);
        Editor editor = new Editor(id, existing == null ? null : existing.status().name(),
                existing == null ? null : existing.slug(), form.title, form.summary, form.body,
                form.topics == null ? List.of() : form.topics, numbered, previewHtml, previewReferences);
        return Response.status(status).entity(Templates.articleEditor(editor, errors, null, Taxonomy.SPECIALTIES,
                articles.canWrite(viewer.accountId()))).build();
    }

    /** Rows with their field errors ({@code references[2].url} → row 2's url) and numbered in order. */
    private static List<ReferenceRow> withErrors(List<ReferenceRow> rows, FormErrors errors) {
        List<ReferenceRow> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReferenceRow r = rows.get(i);
            Map<String, String> rowErrors = new HashMap<>();
            String prefix = "references[" + i + "].";
            errors.all().forEach((field, message) -> {
                if (field.startsWith(prefix)) {
                    rowErrors.put(field.substring(prefix.length()), message);
                }
            });
            out.add(new ReferenceRow(i, r.authors(), r.year(), r.title(), r.publisher(), r.url(), r.pages(), r.note(), rowErrors));
        }
        return out;
    }

    /** Applies a row button: {@code remove-2}, {@code up-2}, {@code down-2}. */
    static void move(List<ReferenceRow> rows, String action) {
        int dash = action.indexOf('-');
        int index;
        try {
            index = Integer.parseInt(action.substring(dash + 1));
        } catch (NumberFormatException e) {
            return;
        }
        if (index < 0 || index >= rows.size()) {
            return;
        }
        switch (action.substring(0, dash)) {
            case "remove" -> rows.remove(index);
            case "up" -> {
                if (index > 0) {
                    Collections.swap(rows, index, index - 1);
                }
            }
            case "down" -> {
                if (index + 1 < rows.size()) {
                    Collections.swap(rows, index, index + 1);
                }
            }
            default -> {
            }
        }
    }

    /** The typed rows as references; rows left completely empty are dropped, a year that is no number is an error. */
    private static List<ArticleReference> references(List<ReferenceRow> rows, FormErrors errors, PracticeMsg m) {
        List<ArticleReference> out = new ArrayList<>();
        List<ReferenceRow> kept = rows.stream().filter(r -> !r.isEmpty()).toList();
        rows.clear();
        rows.addAll(kept);
        for (int i = 0; i < kept.size(); i++) {
            ReferenceRow r = kept.get(i);
            Integer year = null;
            if (!blank(r.year())) {
                try {
                    year = Integer.valueOf(r.year().strip());
                } catch (NumberFormatException e) {
                    errors.add("references[" + i + "].year", m.ed_err_year());
                }
            }
            out.add(new ArticleReference(nullIfBlank(r.authors()), year, nullIfBlank(r.title()), nullIfBlank(r.publisher()),
                    nullIfBlank(r.url()), nullIfBlank(r.pages()), nullIfBlank(r.note())));
        }
        return out;
    }

    private ArticleView mine(UUID id) {
        ArticleView a = articles.get(id, viewer.accountId(), false);
        if (viewer.specialistProfile().filter(a.author().specialistId()::equals).isEmpty()) {
            throw ProblemException.notFound(problem(m -> m.not_found_article()));
        }
        return a;
    }

    private static String nullIfBlank(String value) {
        return blank(value) ? null : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
