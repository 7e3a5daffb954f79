package org.firstsession.article;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.article.ArticleViews.MyArticle;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.web.QueryParams;

import io.quarkus.security.Authenticated;

/** The author's own articles in every status; an account without a profile has none. */
@Path("/api/me/articles")
@Tag(name = "Articles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyArticlesResource {

    private final ArticleService articles;
    private final CurrentUser currentUser;

    MyArticlesResource(ArticleService articles, CurrentUser currentUser) {
        this.articles = articles;
        this.currentUser = currentUser;
    }

    @Operation(summary = "My articles",
            description = "The author's own articles in every status, without their bodies, paged.")
    @GET
    public Page<MyArticle> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        int pageNumber = QueryParams.integer(page, 0, 0, ArticleQuery.MAX_PAGE, "page", errors);
        int pageSize = QueryParams.integer(size, ArticleQuery.DEFAULT_SIZE, 1, ArticleQuery.MAX_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return articles.mine(currentUser.accountId(), pageNumber, pageSize);
    }
}
