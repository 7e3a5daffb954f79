package org.firstsession.community;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.firstsession.specialist.SpecialistProblem;
import org.firstsession.shared.error.CommonProblem;
import org.firstsession.account.Account;
import org.firstsession.community.CommunityViews.AnswerView;
import org.firstsession.community.CommunityViews.AskRequest;
import org.firstsession.community.CommunityViews.QuestionSummary;
import org.firstsession.community.CommunityViews.QuestionView;
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
import org.firstsession.shared.idempotency.IdempotencyService;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;

/**
 * Community questions and answers. Anyone logged in asks (never shown as the asker), published
 * specialists answer, the asker deletes, anyone logged in reports, admins hide and restore (each
 * recorded in the audit log). A hidden or deleted question is 404 for everyone but admins, who still
 * see hidden ones; deleted ones are gone for good.
 */
@ApplicationScoped
@Transactional
public class CommunityService {

    static final int MIN_TITLE = 5;
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 5000;
    /** Questions one account may ask in 24 hours (deleted ones count too). */
    static final int MAX_QUESTIONS_PER_DAY = 5;
    private static final int PREVIEW = 200;

    private final EntityManager em;
    private final FirstSessionConfig config;
    private final IdempotencyService idempotency;
    private final AuditLog audit;
    private final ModerationService moderation;
    private final ContentSearch search;

    CommunityService(EntityManager em, FirstSessionConfig config, IdempotencyService idempotency, AuditLog audit,
            ModerationService moderation, ContentSearch search) {
        this.em = em;
        this.config = config;
        this.idempotency = idempotency;
        this.audit = audit;
        this.moderation = moderation;
        this.search = search;
    }

    /** Asks a question; a replay with the same Idempotency-Key returns the first response. */
    public QuestionView ask(UUID askerId, String idempotencyKey, AskRequest request) {
        return idempotency.once(askerId, idempotencyKey, "POST /api/questions", request, QuestionView.class,
                () -> ask(askerId, request));
    }

    private QuestionView ask(UUID askerId, AskRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "title", request.title(), MIN_TITLE, MAX_TITLE);
        checkText(errors, "body", request.body(), 1, MAX_BODY);
        if (!Question.isTopic(request.topic())) {
            errors.add(new FieldError("topic", community(m -> m.question_topic())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        lockAccount(askerId);
        requireQuestionAllowance(askerId);
        Question question = new Question();
        question.askerAccountId = askerId;
        question.topic = request.topic();
        question.title = request.title();
        question.body = request.body();
        question.persist();
        em.flush();
        return view(question, askerId, false);
    }

    /**
     * Public questions, newest first, filtered by topic and full-text search over title and body. With
     * SEARCH_BACKEND=opensearch a {@code q} search runs there (the page's rows are then read here by id);
     * lists without {@code q} always read the table.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QuestionSummary> list(QuestionQuery query, UUID callerId) {
        if (query.q() != null && search.active()) {
            Map<String, String> filters = new LinkedHashMap<>();
            filters.put("topic", query.topic());
            ContentSearch.Hits hits = search.search(ContentKind.QUESTION, query.q(), filters, query.page(), query.size());
            if (hits.ids().isEmpty()) {
                return new Page<>(List.of(), query.page(), query.size(), hits.total());
            }
            // A question hidden or deleted since it was indexed (the index follows within a second) is left out.
            List<QuestionSummary> found = summaries("q.id = ANY (cast(:ids as uuid[])) AND " + PUBLIC,
                    Map.of("ids", hits.ids().toArray(UUID[]::new)), "", callerId);
            Map<UUID, QuestionSummary> byId = found.stream().collect(Collectors.toMap(QuestionSummary::id, Function.identity()));
            List<QuestionSummary> items = hits.ids().stream().map(byId::get).filter(Objects::nonNull).toList();
            return new Page<>(items, query.page(), query.size(), hits.total());
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(PUBLIC);
        if (query.topic() != null) {
            where.append(" AND q.topic = :topic");
            params.put("topic", query.topic());
        }
        if (query.q() != null) {
            // websearch_to_tsquery accepts any user text (quotes, OR, -word) without syntax errors.
            where.append(" AND q.search_vector @@ websearch_to_tsquery('english', :text)");
            params.put("text", query.q());
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM question q WHERE " + where), params)
                .getSingleResult()).longValue();
        long offset = (long) query.page() * query.size();
        if (offset >= total) {
            return new Page<>(List.of(), query.page(), query.size(), total);
        }
        params.put("limit", query.size());
        params.put("offset", offset);
        List<QuestionSummary> items = summaries(where.toString(), params,
                "ORDER BY q.created_at DESC, q.id DESC LIMIT :limit OFFSET :offset", callerId);
        return new Page<>(items, query.page(), query.size(), total);
    }

    private static final String PUBLIC = "q.hidden_at IS NULL AND q.deleted_at IS NULL";

    private List<QuestionSummary> summaries(String where, Map<String, Object> params, String orderAndPage, UUID callerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("""
                SELECT q.id, q.topic, q.title, left(q.body, %d), q.asker_account_id, q.created_at,
                       (SELECT count(*) FROM answer a WHERE a.question_id = q.id AND a.hidden_at IS NULL)
                FROM question q
                WHERE %s
                %s""".formatted(PREVIEW + 1, where, orderAndPage)), params)
                .getResultList();
        List<QuestionSummary> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String body = (String) row[3];
            String preview = body.length() > PREVIEW ? body.substring(0, PREVIEW) + "…" : body;
            items.add(new QuestionSummary((UUID) row[0], (String) row[1], (String) row[2], preview,
                    ((Number) row[6]).longValue(), row[4].equals(callerId), SqlValues.instant(row[5])));
        }
        return items;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuestionView get(UUID id, UUID callerId, boolean admin) {
        return view(visible(id, admin), callerId, admin);
    }

    /** The asker deletes (for good); anyone else who can see the question gets 403, the rest 404. */
    public void delete(UUID id, UUID callerId, boolean admin) {
        Question question = Question.findById(id);
        if (question == null || question.deletedAt != null) {
            throw questionNotFound();
        }
        if (!question.isAskedBy(callerId)) {
            visible(id, admin);
            throw CommunityProblem.NOT_ASKER.exception(community(m -> m.question_asker_only()));
        }
        question.deletedAt = Instant.now();
    }

    /** A published specialist answers a public question. */
    public AnswerView answer(UUID questionId, UUID callerId, String body) {
        Question question = visible(questionId, false);
        Specialist specialist = Specialist.findByAccount(callerId).filter(Specialist::isPublic)
                .orElseThrow(() -> SpecialistProblem.NOT_A_SPECIALIST.exception(community(m -> m.question_answer_specialists_only())));
        List<FieldError> errors = new ArrayList<>();
        checkText(errors, "body", body, 1, MAX_BODY);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Answer answer = new Answer();
        answer.questionId = question.id;
        answer.specialistId = specialist.id;
        answer.body = body;
        answer.persist();
        em.flush();
        return view(answer, specialist, false);
    }

    public ReportView reportQuestion(UUID id, UUID callerId, boolean admin, String reason) {
        return moderation.file(Question.TYPE, visible(id, admin).id, callerId, reason);
    }

    public ReportView reportAnswer(UUID id, UUID callerId, boolean admin, String reason) {
        return moderation.file(Answer.TYPE, visibleAnswer(id, admin).id, callerId, reason);
    }

    public QuestionView hideQuestion(UUID id, UUID adminId, boolean admin) {
        Question question = moderated(id, admin, "QUESTION_HIDE");
        boolean already = question.hiddenAt != null;
        if (!already) {
            question.hiddenAt = Instant.now();
            question.hiddenBy = adminId;
        }
        audit.success("QUESTION_HIDE", Question.TYPE, id, already ? "already hidden" : null);
        return view(question, adminId, true);
    }

    public QuestionView restoreQuestion(UUID id, UUID adminId, boolean admin) {
        Question question = moderated(id, admin, "QUESTION_RESTORE");
        boolean already = question.hiddenAt == null;
        question.hiddenAt = null;
        question.hiddenBy = null;
        audit.success("QUESTION_RESTORE", Question.TYPE, id, already ? "was not hidden" : null);
        return view(question, adminId, true);
    }

    public AnswerView hideAnswer(UUID id, UUID adminId, boolean admin) {
        Answer answer = moderatedAnswer(id, admin, "ANSWER_HIDE");
        boolean already = answer.hiddenAt != null;
        if (!already) {
            answer.hiddenAt = Instant.now();
            answer.hiddenBy = adminId;
        }
        audit.success("ANSWER_HIDE", Answer.TYPE, id, already ? "already hidden" : null);
        return view(answer, Specialist.findById(answer.specialistId), true);
    }

    public AnswerView restoreAnswer(UUID id, UUID adminId, boolean admin) {
        Answer answer = moderatedAnswer(id, admin, "ANSWER_RESTORE");
        boolean already = answer.hiddenAt == null;
        answer.hiddenAt = null;
        answer.hiddenBy = null;
        audit.success("ANSWER_RESTORE", Answer.TYPE, id, already ? "was not hidden" : null);
        return view(answer, Specialist.findById(answer.specialistId), true);
    }

    /** A question the caller may see: public, or hidden (not deleted) for admins; else 404. */
    private static Question visible(UUID id, boolean admin) {
        Question question = Question.findById(id);
        if (question == null || question.deletedAt != null || (question.hiddenAt != null && !admin)) {
            throw questionNotFound();
        }
        return question;
    }

    /** An answer the caller may see: itself and its question visible to them; else 404. */
    private static Answer visibleAnswer(UUID id, boolean admin) {
        Answer answer = Answer.findById(id);
        if (answer == null || (answer.hiddenAt != null && !admin)) {
            throw answerNotFound();
        }
        try {
            visible(answer.questionId, admin);
        } catch (ProblemException e) {
            throw answerNotFound();
        }
        return answer;
    }

    /** Admins only (a refusal is audited); a question deleted by its asker is gone, for admins too. */
    private Question moderated(UUID id, boolean admin, String action) {
        requireAdmin(admin);
        Question question = Question.findById(id);
        if (question == null || question.deletedAt != null) {
            audit.refused(action, Question.TYPE, id, "not found");
            throw questionNotFound();
        }
        return question;
    }

    private Answer moderatedAnswer(UUID id, boolean admin, String action) {
        requireAdmin(admin);
        Answer answer = Answer.findById(id);
        Question question = answer == null ? null : Question.findById(answer.questionId);
        if (question == null || question.deletedAt != null) {
            audit.refused(action, Answer.TYPE, id, "not found");
            throw answerNotFound();
        }
        return answer;
    }

    /** Defence in depth: the resources check the role first, so a non-admin never gets here (and is not audited). */
    private static void requireAdmin(boolean admin) {
        if (!admin) {
            throw CommonProblem.ADMIN_ONLY.exception(community(m -> m.question_admins_only()));
        }
    }

    private void requireQuestionAllowance(UUID askerId) {
        Duration window = Duration.ofDays(1);
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), min(created_at) FROM question WHERE asker_account_id = ?1 AND created_at > ?2""")
                .setParameter(1, askerId).setParameter(2, Instant.now().minus(window)).getSingleResult();
        if (((Number) row[0]).intValue() >= MAX_QUESTIONS_PER_DAY) {
            Instant oldest = SqlValues.instant(row[1]);
            long retryAfter = Duration.between(Instant.now(), oldest.plus(window)).toSeconds() + 1;
            throw new TooManyRequestsException(community(m -> m.question_daily_limit(MAX_QUESTIONS_PER_DAY)), retryAfter);
        }
    }

    /** Per-account lock: one account's parallel asks are counted one after the other, so the limit holds. */
    private void lockAccount(UUID accountId) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Limits apply to the trimmed text; the raw text may carry some surrounding whitespace (as the DB allows). */
    private static void checkText(List<FieldError> errors, String field, String text, int min, int max) {
        if (text == null || text.strip().isEmpty()) {
            errors.add(new FieldError(field, problem(m -> m.field_blank())));
        } else if (text.strip().length() < min) {
            errors.add(new FieldError(field, problem(m -> m.field_min_chars(min))));
        } else if (text.strip().length() > max || text.length() > 4 * max) {
            errors.add(new FieldError(field, problem(m -> m.field_max_chars(max))));
        }
    }

    private QuestionView view(Question q, UUID callerId, boolean admin) {
        List<Answer> answers = Answer.ofQuestion(q.id, admin);
        List<UUID> specialistIds = answers.stream().map(a -> a.specialistId).distinct().toList();
        Map<UUID, Specialist> specialists = specialistIds.isEmpty() ? Map.of()
                : Specialist.<Specialist>list("id in ?1", specialistIds).stream()
                        .collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<AnswerView> answerViews = answers.stream()
                .map(a -> view(a, specialists.get(a.specialistId), admin)).toList();
        long visibleAnswers = admin ? answers.stream().filter(a -> a.hiddenAt == null).count() : answers.size();
        return new QuestionView(q.id, q.topic, q.title, q.body, visibleAnswers, q.isAskedBy(callerId), q.createdAt,
                answerViews, admin ? q.hiddenAt != null : null);
    }

    private AnswerView view(Answer a, Specialist s, boolean admin) {
        return new AnswerView(a.id, a.questionId, a.body, s.id, s.displayName, s.professionalTitle,
                config.link("/specialists/" + s.id), a.createdAt, admin ? a.hiddenAt != null : null);
    }

    private static ProblemException questionNotFound() {
        return ProblemException.notFound(problem(m -> m.not_found_question()));
    }

    private static ProblemException answerNotFound() {
        return ProblemException.notFound(problem(m -> m.not_found_answer()));
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
