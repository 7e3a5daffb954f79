package org.firstsession.article;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.article.ArticleViews.ArticleRequest;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.article.ArticleViews.ArticleView;
import org.firstsession.moderation.ModerationViews.ReportRequest;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.Page;

import io.quarkus.security.Authenticated;

@Path("/api/articles")
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;
    private final CurrentUser currentUser;

    ArticleResource(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Start an article",
            description = "A specialist with a published profile starts an article as DRAFT (201 with Location); at most 20 in 24 hours (429).")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-a-specialist")
    @POST
    @Authenticated
    @APIResponse(responseCode = "201", description = "Draft created", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    public Response create(ArticleRequest request, @Context UriInfo uriInfo) {
        ArticleView created = articles.create(currentUser.accountId(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @Operation(summary = "List articles",
            description = "Public. Published articles of public profiles newest first, by topic, specialist and full-text q, paged.")
    @GET
    @PermitAll
    public Page<ArticleSummary> list(
            @Parameter(description = "A specialty code from /api/taxonomy") @QueryParam("topic") String topic,
            @Parameter(description = "Only this specialist's articles") @QueryParam("specialistId") String specialistId,
            @Parameter(description = "Full-text search over title, summary and body (at most 200 characters)") @QueryParam("q") String q,
            @Parameter(description = "0-based page number") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 50, default 20") @QueryParam("size") String size) {
        return articles.list(ArticleQuery.parse(topic, specialistId, q, page, size));
    }

    @Operation(summary = "Read an article",
            description = "Public for published articles; the author sees any status, admins hidden ones; otherwise 404.")
    @GET
    @Path("/{id}")
    @PermitAll
    public ArticleView get(@PathParam("id") UUID id) {
        return articles.get(id, currentUser.accountIdOrNull(), currentUser.isAdmin());
    }

    @Operation(summary = "Replace an article's content",
            description = "The author replaces title, summary, body, topics and references.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-author not-a-specialist article-incomplete")
    @PUT
    @Path("/{id}")
    @Authenticated
    public ArticleView update(@PathParam("id") UUID id, ArticleRequest request) {
        return articles.update(id, currentUser.accountId(), request);
    }

    @Operation(summary = "Publish an article",
            description = "The author publishes the article; an incomplete one is refused naming the fields.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-author article-incomplete")
    @POST
    @Path("/{id}/publish")
    @Authenticated
    public ArticleView publish(@PathParam("id") UUID id) {
        return articles.publish(id, currentUser.accountId());
    }

    @Operation(summary = "Unpublish an article",
            description = "The author takes a published article back; a never-published draft is refused.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-author article-not-published")
    @POST
    @Path("/{id}/unpublish")
    @Authenticated
    public ArticleView unpublish(@PathParam("id") UUID id) {
        return articles.unpublish(id, currentUser.accountId());
    }

    @Operation(summary = "Delete an article",
            description = "The author deletes the article for good (204).")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "not-author")
    @DELETE
    @Path("/{id}")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        articles.delete(id, currentUser.accountId());
    }

    @Operation(summary = "Report an article",
            description = "Anyone logged in reports an article to the admins with a reason.")
    @POST
    @Path("/{id}/report")
    @Authenticated
    @APIResponse(responseCode = "201", description = "Reported", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(articles.report(id, currentUser.accountId(), currentUser.isAdmin(), request.reason()))
                .build();
    }
}
