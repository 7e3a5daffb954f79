package org.firstsession.web;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.persistence.SqlValues;
import java.time.temporal.ChronoUnit;

/**
 * {@code /sitemap.xml}: every public profile, article and question, so search engines find them. One
 * read-only statement per kind, newest first, at most {@value #MAX_URLS} addresses in all (the sitemap
 * protocol's limit per file); the same visibility rules as the public pages (published, not suspended,
 * not hidden, not deleted).
 */
@Path("/sitemap.xml")
public class SitemapPage {

    static final int MAX_URLS = 50_000;

    private final EntityManager em;
    private final FirstSessionConfig config;

    SitemapPage(EntityManager em, FirstSessionConfig config) {
        this.em = em;
        this.config = config;
    }

    @GET
    @PermitAll
    @Produces("application/xml;charset=utf-8")
    @Transactional(Transactional.TxType.SUPPORTS)
    public String sitemap() {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        int left = MAX_URLS - 3;
        url(xml, "/", null);
        url(xml, "/articles", null);
        url(xml, "/questions", null);
        left -= add(xml, "/articles/", """
                SELECT a.slug, coalesce(a.edited_at, a.published_at) FROM article a JOIN specialist s ON s.id = a.specialist_id
                WHERE a.status = 'PUBLISHED' AND a.hidden_at IS NULL AND a.deleted_at IS NULL
                  AND s.status = 'PUBLISHED' AND s.suspended_at IS NULL
                ORDER BY a.published_at DESC LIMIT ?1""", left);
        left -= add(xml, "/specialists/", """
                SELECT cast(id as text), updated_at FROM specialist WHERE status = 'PUBLISHED' AND suspended_at IS NULL
                ORDER BY updated_at DESC LIMIT ?1""", left);
        add(xml, "/questions/", """
                SELECT cast(id as text), created_at FROM question WHERE hidden_at IS NULL AND deleted_at IS NULL
                ORDER BY created_at DESC LIMIT ?1""", left);
        return xml.append("</urlset>\n").toString();
    }

    private int add(StringBuilder xml, String prefix, String sql, int limit) {
        if (limit <= 0) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, limit).getResultList();
        for (Object[] row : rows) {
            url(xml, prefix + row[0], SqlValues.instant(row[1]));
        }
        return rows.size();
    }

    /** Paths are slugs ([a-z0-9-]) and UUIDs, so nothing in them needs XML escaping. */
    private void url(StringBuilder xml, String path, Instant modified) {
        xml.append("  <url><loc>").append(config.link(path)).append("</loc>");
        if (modified != null) {
            xml.append("<lastmod>").append(modified.truncatedTo(ChronoUnit.SECONDS)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
