package org.firstsession.article;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.article.ArticleViews.ArticleView;
import org.firstsession.problem.ProblemDocumentation;

/**
 * Admins hide and restore articles; every admin call is in the audit log, refusals included. The role is
 * checked before anything else, so a non-admin gets 403 and leaves no audit row (issue #14).
 */
@Path("/api/admin/articles")
@Tag(name = "Admin: articles")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AdminArticleResource {

    private final ArticleService articles;
    private final CurrentUser currentUser;

    AdminArticleResource(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Hide an article",
            description = "Admin only. Hides an article for everyone but its author and admins; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "admin-only")
    @POST
    @Path("/{id}/hide")
    public ArticleView hide(@PathParam("id") UUID id) {
        return articles.hide(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @Operation(summary = "Restore an article",
            description = "Admin only. Shows a hidden article again; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "admin-only")
    @POST
    @Path("/{id}/restore")
    public ArticleView restore(@PathParam("id") UUID id) {
        return articles.restore(id, currentUser.accountId(), currentUser.isAdmin());
    }
}
