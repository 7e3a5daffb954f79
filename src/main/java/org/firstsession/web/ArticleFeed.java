package org.firstsession.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.firstsession.article.ArticleQuery;
import org.firstsession.article.ArticleService;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.shared.FirstSessionConfig;

import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import com.rometools.rome.feed.synd.SyndCategory;
import java.time.Instant;

/** The newest articles as an Atom feed, written by Rome (escaping and dates are the library's job). */
@Path("/articles/feed.xml")
public class ArticleFeed {

    static final String ATOM = "application/atom+xml";
    static final int ENTRIES = 20;

    private final ArticleService articles;
    private final FirstSessionConfig config;

    ArticleFeed(ArticleService articles, FirstSessionConfig config) {
        this.articles = articles;
        this.config = config;
    }

    @GET
    @PermitAll
    @Produces(ATOM + ";charset=utf-8")
    public String feed() throws FeedException {
        List<ArticleSummary> newest = articles.list(ArticleQuery.newest(null, ENTRIES)).items();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle("FirstSession: articles by specialists");
        feed.setDescription("New articles by mental-health specialists on FirstSession.");
        feed.setUri(config.link("/articles"));
        feed.setLink(config.link("/articles"));
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setType(ATOM);
        self.setHref(config.link("/articles/feed.xml"));
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(config.link("/articles"));
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(newest.isEmpty() ? new Date(0) : Date.from(updated(newest.get(0))));
        List<SyndEntry> entries = new ArrayList<>();
        for (ArticleSummary a : newest) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(a.title());
            entry.setLink(a.shareUrl());
            entry.setUri(a.shareUrl());
            entry.setPublishedDate(Date.from(a.publishedAt()));
            entry.setUpdatedDate(Date.from(updated(a)));
            SyndPersonImpl author = new SyndPersonImpl();
            author.setName(a.author().displayName());
            author.setUri(a.author().profileUrl());
            entry.setAuthors(List.of(author));
            if (a.summary() != null) {
                SyndContentImpl summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(a.summary());
                entry.setDescription(summary);
            }
            entry.setCategories(a.topics().stream().map(t -> {
                SyndCategoryImpl category = new SyndCategoryImpl();
                category.setName(t);
                return (SyndCategory) category;
            }).toList());
            entries.add(entry);
        }
        feed.setEntries(entries);
        return new SyndFeedOutput().outputString(feed);
    }

    private static Instant updated(ArticleSummary a) {
        return a.updatedAt() != null ? a.updatedAt() : a.publishedAt();
    }
}
