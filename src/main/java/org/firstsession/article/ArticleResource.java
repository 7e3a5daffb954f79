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

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.article.ArticleViews.ArticleRequest;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.article.ArticleViews.ArticleView;
import org.firstsession.moderation.ModerationViews.ReportRequest;
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

    @POST
    @Authenticated
    @APIResponse(responseCode = "201", description = "Draft created")
    public Response create(ArticleRequest request, @Context UriInfo uriInfo) {
        ArticleView created = articles.create(currentUser.accountId(), request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

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

    @GET
    @Path("/{id}")
    @PermitAll
    public ArticleView get(@PathParam("id") UUID id) {
        return articles.get(id, currentUser.accountIdOrNull(), currentUser.isAdmin());
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    public ArticleView update(@PathParam("id") UUID id, ArticleRequest request) {
        return articles.update(id, currentUser.accountId(), request);
    }

    @POST
    @Path("/{id}/publish")
    @Authenticated
    public ArticleView publish(@PathParam("id") UUID id) {
        return articles.publish(id, currentUser.accountId());
    }

    @POST
    @Path("/{id}/unpublish")
    @Authenticated
    public ArticleView unpublish(@PathParam("id") UUID id) {
        return articles.unpublish(id, currentUser.accountId());
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        articles.delete(id, currentUser.accountId());
    }

    @POST
    @Path("/{id}/report")
    @Authenticated
    @APIResponse(responseCode = "201", description = "Reported")
    public Response report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(articles.report(id, currentUser.accountId(), currentUser.isAdmin(), request.reason()))
                .build();
    }
}
