package org.firstsession.article;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.firstsession.shared.i18n.Text;
import org.firstsession.specialist.SpecialistProblem;
import org.firstsession.shared.error.CommonProblem;
import org.firstsession.article.ArticleViews.ArticleRequest;
import org.firstsession.article.ArticleViews.ArticleSummary;
import org.firstsession.article.ArticleViews.ArticleView;
import org.firstsession.article.ArticleViews.Author;
import org.firstsession.article.ArticleViews.MyArticle;
import org.firstsession.directory.opensearch.ContentKind;
import org.firstsession.directory.opensearch.ContentSearch;
import org.firstsession.moderation.AuditLog;
import org.firstsession.moderation.ModerationService;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.error.TooManyRequestsException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;

/**
 * Articles by specialists. A specialist with a published profile writes drafts and publishes them;
 * only the author edits; anyone reads published articles of public profiles (a suspended or
 * unpublished author's articles disappear with the profile); anyone logged in reports; admins hide
 * and restore (audited). Deleting is final and empties the text at once.
 */
@ApplicationScoped
@Transactional
public class ArticleService {

    /** New articles one author may start in 24 hours (deleted ones count too). */
    static final int MAX_NEW_PER_DAY = 20;

    private final EntityManager em;
    private final FirstSessionConfig config;
    private final AuditLog audit;
    private final ModerationService moderation;
    private final ContentSearch search;

    ArticleService(EntityManager em, FirstSessionConfig config, AuditLog audit, ModerationService moderation,
            ContentSearch search) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.moderation = moderation;
        this.search = search;
    }

    /** Starts a draft; only a specialist with a public profile, at most {@value #MAX_NEW_PER_DAY} a day. */
    public ArticleView create(UUID callerId, ArticleRequest request) {
        Specialist author = requirePublicAuthor(callerId, community(m -> m.article_write_specialists_only()));
        valid(request);
        em.find(Specialist.class, author.id, LockModeType.PESSIMISTIC_WRITE);
        requireAllowance(author.id);
        Article article = new Article();
        article.specialistId = author.id;
        apply(article, request);
        article.slug = slug(article.title);
        article.persist();
        em.flush();
        return view(article, author, true, false);
    }

    /** Replaces the article's content; a published article cannot lose what publishing needs. */
    public ArticleView update(UUID id, UUID callerId, ArticleRequest request) {
        Owned owned = owned(id, callerId);
        valid(request);
        Article article = owned.article();
        apply(article, request);
        if (article.status == ArticleStatus.PUBLISHED) {
            requireComplete(article);
        }
        if (article.wasEverPublished()) {
            article.editedAt = now();
        } else {
            article.slug = slug(article.title);
        }
        em.flush();
        return view(article, owned.author(), true, false);
    }

    /** DRAFT or UNPUBLISHED → PUBLISHED; the first publication's date is kept for good. */
    public ArticleView publish(UUID id, UUID callerId) {
        Owned owned = owned(id, callerId);
        if (!owned.author().isPublic()) {
            throw notAnAuthor(community(m -> m.article_publish_specialists_only()));
        }
        Article article = owned.article();
        requireComplete(article);
        if (article.publishedAt == null) {
            article.publishedAt = now();
        }
        article.status = ArticleStatus.PUBLISHED;
        em.flush();
        return view(article, owned.author(), true, false);
    }

    /** PUBLISHED → UNPUBLISHED; a draft that was never published → 409. */
    public ArticleView unpublish(UUID id, UUID callerId) {
        Owned owned = owned(id, callerId);
        Article article = owned.article();
        if (article.status == ArticleStatus.DRAFT) {
            throw ArticleProblem.ARTICLE_NOT_PUBLISHED.exception(community(m -> m.article_never_published()));
        }
        article.status = ArticleStatus.UNPUBLISHED;
        em.flush();
        return view(article, owned.author(), true, false);
    }

    /** Deletes for good: the text goes at once; the row stays so the daily limit still counts it. */
    public void delete(UUID id, UUID callerId) {
        Article article = owned(id, callerId).article();
        article.deletedAt = now();
        article.status = ArticleStatus.UNPUBLISHED;
        article.title = null;
        article.summary = null;
        article.body = null;
        article.topics = new ArrayList<>();
        article.references = new ArrayList<>();
    }

    /** Whether the caller may start articles: a specialist with a public profile. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canWrite(UUID callerId) {
        return Specialist.findByAccount(callerId).filter(Specialist::isPublic).isPresent();
    }

    /** My articles in every status, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MyArticle> mine(UUID callerId, int page, int size) {
        Optional<Specialist> author = Specialist.findByAccount(callerId);
        if (author.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        var query = Article.<Article>find("specialistId = ?1 and deletedAt is null order by createdAt desc, id desc",
                author.get().id);
        long total = query.count();
        List<MyArticle> items = query.page(page, size).list().stream()
                .map(a -> new MyArticle(a.id, a.slug, a.status, a.title, a.summary, List.copyOf(a.topics), a.createdAt,
                        a.publishedAt, a.editedAt, a.hiddenAt != null, shareUrl(a)))
                .toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * Published articles of public profiles, newest first, filtered by topic, author and full text. With
     * SEARCH_BACKEND=opensearch a {@code q} search runs there (the page's rows are then read here by id);
     * lists without {@code q} always read the table (an index scan of article_public_idx).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ArticleSummary> list(ArticleQuery query) {
        if (query.q() != null && search.active()) {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("topics", query.topic());
            filters.put("specialistId", query.specialistId() == null ? null : query.specialistId().toString());
            ContentSearch.Hits hits = search.search(ContentKind.ARTICLE, query.q(), filters, query.page(), query.size());
            return new Page<>(summaries(hits.ids()), query.page(), query.size(), hits.total());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder("""
                a.status = 'PUBLISHED' AND a.hidden_at IS NULL AND a.deleted_at IS NULL
                AND s.status = 'PUBLISHED' AND s.suspended_at IS NULL""");
        if (query.topic() != null) {
            where.append(" AND a.topics @> ARRAY[CAST(:topic AS varchar)]");
            params.put("topic", query.topic());
        }
        if (query.specialistId() != null) {
            where.append(" AND a.specialist_id = :author");
            params.put("author", query.specialistId());
        }
        if (query.q() != null) {
            // websearch_to_tsquery accepts any user text (quotes, OR, -word) without syntax errors.
            where.append(" AND a.search_vector @@ websearch_to_tsquery('english', :text)");
            params.put("text", query.q());
        }
        String from = " FROM article a JOIN specialist s ON s.id = a.specialist_id WHERE ";
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*)" + from + where), params)
                .getSingleResult()).longValue();
        long offset = (long) query.page() * query.size();
        if (offset >= total) {
            return new Page<>(List.of(), query.page(), query.size(), total);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(em.createNativeQuery("SELECT a.id" + from + where
                + " ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset"), params)
                .setParameter("limit", query.size())
                .setParameter("offset", offset)
                .getResultList();
        return new Page<>(summaries(ids), query.page(), query.size(), total);
    }

    /** One article: the author sees it in any status, admins also hidden ones, everyone else published ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView get(UUID id, UUID callerId, boolean admin) {
        return readable(Article.findById(id), callerId, admin);
    }

    /** The same by the page address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleView bySlug(String slug, UUID callerId, boolean admin) {
        return readable(Article.<Article>find("slug", slug).firstResult(), callerId, admin);
    }

    public ReportView report(UUID id, UUID callerId, boolean admin, String reason) {
        return moderation.file(Article.TYPE, get(id, callerId, admin).id(), callerId, reason);
    }

    public ArticleView hide(UUID id, UUID adminId, boolean admin) {
        Article article = moderated(id, admin, "ARTICLE_HIDE");
        boolean already = article.hiddenAt != null;
        if (!already) {
            article.hiddenAt = now();
            article.hiddenBy = adminId;
        }
        audit.success("ARTICLE_HIDE", Article.TYPE, id, already ? "already hidden" : null);
        return view(article, Specialist.findById(article.specialistId), false, true);
    }

    public ArticleView restore(UUID id, UUID adminId, boolean admin) {
        Article article = moderated(id, admin, "ARTICLE_RESTORE");
        boolean already = article.hiddenAt == null;
        article.hiddenAt = null;
        article.hiddenBy = null;
        audit.success("ARTICLE_RESTORE", Article.TYPE, id, already ? "was not hidden" : null);
        return view(article, Specialist.findById(article.specialistId), false, true);
    }

    /** Public addresses of every published article, for the sitemap. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleSummary> allPublished(int limit) {
        return list(new ArticleQuery(null, null, null, 0, Math.max(1, limit))).items();
    }

    private ArticleView readable(Article article, UUID callerId, boolean admin) {
        if (article == null || article.deletedAt != null) {
            throw notFound();
        }
        Specialist author = Specialist.findById(article.specialistId);
        boolean isAuthor = callerId != null && author.isOwnedBy(callerId);
        if (isAuthor) {
            return view(article, author, true, admin);
        }
        if (article.status != ArticleStatus.PUBLISHED || !author.isPublic() || (article.hiddenAt != null && !admin)) {
            throw notFound();
        }
        return view(article, author, false, admin);
    }

    private record Owned(Article article, Specialist author) {
    }

    /** The caller's own article; someone else's → 403 if they can see it, else 404. */
    private Owned owned(UUID id, UUID callerId) {
        Article article = Article.findById(id);
        if (article == null || article.deletedAt != null) {
            throw notFound();
        }
        Specialist author = Specialist.findById(article.specialistId);
        if (!author.isOwnedBy(callerId)) {
            boolean visible = article.isPublished() && author.isPublic();
            if (!visible) {
                throw notFound();
            }
            throw ArticleProblem.NOT_AUTHOR.exception(community(m -> m.article_author_only()));
        }
        return new Owned(article, author);
    }

    private Specialist requirePublicAuthor(UUID callerId, Text refusal) {
        return Specialist.findByAccount(callerId).filter(Specialist::isPublic)
                .orElseThrow(() -> notAnAuthor(refusal));
    }

    private static ProblemException notAnAuthor(Text refusal) {
        return SpecialistProblem.NOT_A_SPECIALIST.exception(refusal);
    }

    private Article moderated(UUID id, boolean admin, String action) {
        if (!admin) { // defence in depth: the resource checks the role first, so non-admins are not audited
            throw CommonProblem.ADMIN_ONLY.exception(community(m -> m.article_admins_only()));
        }
        Article article = Article.findById(id);
        if (article == null || article.deletedAt != null) {
            audit.refused(action, Article.TYPE, id, "not found");
            throw notFound();
        }
        return article;
    }

    private static void valid(ArticleRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", problem(m -> m.field_required()));
        }
        List<FieldError> errors = ArticleRules.check(request);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void requireComplete(Article article) {
        List<FieldError> missing = ArticleRules.missingToPublish(article);
        if (!missing.isEmpty()) {
            throw ArticleProblem.ARTICLE_INCOMPLETE.exception(community(m -> m.article_incomplete(missing.stream()
                    .map(FieldError::field).collect(Collectors.joining(", ")))), missing);
        }
    }

    /** Optional reference fields sent blank are stored as absent; every other text exactly as sent. */
    private static void apply(Article article, ArticleRequest request) {
        article.title = request.title();
        article.summary = request.summary();
        article.body = request.body();
        article.topics = request.topics() == null ? new ArrayList<>() : new ArrayList<>(request.topics());
        article.references = request.references() == null ? new ArrayList<>()
                : request.references().stream().map(ArticleService::tidy).collect(Collectors.toCollection(ArrayList::new));
    }

    private static ArticleReference tidy(ArticleReference r) {
        return new ArticleReference(r.authors(), r.year(), r.title(), blankToNull(r.publisher()),
                blankToNull(r.url()) == null ? null : r.url().strip(), blankToNull(r.pages()), blankToNull(r.note()));
    }

    private static String blankToNull(String text) {
        return ArticleRules.isBlank(text) ? null : text;
    }

    private void requireAllowance(UUID specialistId) {
        Duration window = Duration.ofDays(1);
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), min(created_at) FROM article WHERE specialist_id = ?1 AND created_at > ?2""")
                .setParameter(1, specialistId).setParameter(2, Instant.now().minus(window)).getSingleResult();
        if (((Number) row[0]).intValue() >= MAX_NEW_PER_DAY) {
            Instant oldest = SqlValues.instant(row[1]);
            long retryAfter = Duration.between(Instant.now(), oldest.plus(window)).toSeconds() + 1;
            throw new TooManyRequestsException(community(m -> m.article_daily_limit(MAX_NEW_PER_DAY)), retryAfter);
        }
    }

    /** A readable address from the title plus a random suffix, so two articles never share one. */
    static String slug(String title) {
        String base = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 80) {
            base = base.substring(0, 80).replaceAll("-+$", "");
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return (base.isEmpty() ? "article" : base) + "-" + suffix;
    }

    private List<ArticleSummary> summaries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Article> articles = Article.<Article>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<UUID> authorIds = articles.values().stream().map(a -> a.specialistId).distinct().toList();
        Map<UUID, Specialist> authors = Specialist.<Specialist>list("id in ?1", authorIds).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        // An id from the index whose row stopped being public since (the index follows within a second) is left
        // out: what leaves the page never shows in a search either.
        return ids.stream().map(articles::get)
                .filter(a -> a != null && a.isPublished() && authors.get(a.specialistId).isPublic())
                .map(a -> summary(a, authors.get(a.specialistId))).toList();
    }

    private ArticleSummary summary(Article a, Specialist s) {
        return new ArticleSummary(a.id, a.slug, a.title, a.summary, List.copyOf(a.topics), author(s), a.publishedAt,
                a.editedAt, ArticleRules.readingMinutes(a.body), shareUrl(a));
    }

    private ArticleView view(Article a, Specialist s, boolean forAuthor, boolean admin) {
        return new ArticleView(a.id, a.slug, a.status, a.title, a.summary, a.body, List.copyOf(a.topics),
                List.copyOf(a.references), author(s), a.createdAt, a.publishedAt, a.editedAt,
                ArticleRules.readingMinutes(a.body), shareUrl(a), forAuthor || admin ? a.hiddenAt != null : null);
    }

    private Author author(Specialist s) {
        return new Author(s.id, s.displayName, s.professionalTitle, config.link("/specialists/" + s.id));
    }

    private String shareUrl(Article a) {
        return config.link("/articles/" + a.slug);
    }

    /** The database keeps microseconds: the response shows the time exactly as later reads will. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static ProblemException notFound() {
        return ProblemException.notFound(problem(m -> m.not_found_article()));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
