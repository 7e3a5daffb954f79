package org.firstsession.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.firstsession.article.ArticleQuery;
import org.firstsession.article.ArticleService;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.directory.DirectoryItem;
import org.firstsession.directory.DirectoryService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The home page: the free-first-consultation promise, featured specialists, the newest articles, and a search box. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<DirectoryItem> featured, List<ArticleSummary> articles);
    }

    /** How many of the newest articles the home page shows. */
    static final int NEWEST_ARTICLES = 3;

    private final DirectoryService directory;
    private final ArticleService articles;
    private final VisitorLanguage language;

    HomePage(DirectoryService directory, ArticleService articles, VisitorLanguage language) {
        this.directory = directory;
        this.articles = articles;
        this.language = language;
    }

    @GET
    @PermitAll
    public TemplateInstance home() {
        return Templates.home(directory.featured(language.readerLanguages()), articles.list(ArticleQuery.newest(null, NEWEST_ARTICLES)).items());
    }
}
