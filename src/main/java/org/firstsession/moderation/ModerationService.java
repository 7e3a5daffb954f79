package org.firstsession.moderation;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.shared.persistence.SqlValues.bind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.firstsession.moderation.ModerationViews.AuditEntry;
import org.firstsession.moderation.ModerationViews.ContentItem;
import org.firstsession.moderation.ModerationViews.ReportDetail;
import org.firstsession.moderation.ModerationViews.ReportItem;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;

/**
 * Reports and the audit log: anyone files a report about something they saw (the feature checks they
 * may see it first); admins list, read (audited, with the content the reported feature shows) and
 * resolve reports, and search the audit log.
 */
@ApplicationScoped
@Transactional
public class ModerationService {

    private final EntityManager em;
    private final AuditLog audit;
    private final Instance<ReportedContent> reportedContent;

    ModerationService(EntityManager em, AuditLog audit, Instance<ReportedContent> reportedContent) {
        this.em = em;
        this.audit = audit;
        this.reportedContent = reportedContent;
    }

    /** Files a report; the caller has already checked that the reporter may see the subject. */
    public ReportView file(String subjectType, UUID subjectId, UUID reporterId, String reason) {
        return file(subjectType, subjectId, null, reporterId, reason);
    }

    /** Files a report of content that grows (a conversation): admins will read it up to {@code subjectSeq}. */
    public ReportView file(String subjectType, UUID subjectId, Long subjectSeq, UUID reporterId, String reason) {
        Report report = new Report();
        report.subjectSeq = subjectSeq;
        report.reporterAccountId = reporterId;
        report.subjectType = subjectType;
        report.subjectId = subjectId;
        report.reason = reason.strip();
        report.persist();
        em.flush();
        return new ReportView(report.id, report.status, report.createdAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportItem> reports(ReportStatus status, int page, int size) {
        String filter = status == null ? null : status.name();
        var query = filter == null ? Report.<Report>find("order by createdAt desc, id")
                : Report.<Report>find("status = ?1 order by createdAt desc, id", filter);
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(ModerationService::item).toList(), page, size,
                total);
    }

    /**
     * The report and, while it is open, the reported content as it was when reported; reading it is
     * audited. A resolved report shows no content: admins' reads end with the report (issue #14).
     */
    public ReportDetail report(UUID id) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_report())));
        List<ContentItem> content = new ArrayList<>();
        if (!"OPEN".equals(report.status)) {
            return new ReportDetail(item(report), content);
        }
        for (ReportedContent feature : reportedContent) {
            if (feature.subjectTypes().contains(report.subjectType)) {
                content.addAll(feature.content(report.subjectType, report.subjectId, report.subjectSeq));
            }
        }
        audit.success("REPORT_READ", report.subjectType, report.subjectId, "report " + report.id);
        return new ReportDetail(item(report), content);
    }

    public ReportItem resolve(UUID id, UUID adminAccountId, String note) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_report())));
        if (!"RESOLVED".equals(report.status)) {
            report.status = "RESOLVED";
            report.resolvedAt = Instant.now();
            report.resolvedBy = adminAccountId;
        }
        audit.success("REPORT_RESOLVE", "REPORT", id, note == null || note.isBlank() ? null : note.strip());
        return item(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> audit(AuditQuery query) {
        int page = query.page();
        int size = query.size();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.actor() != null) {
            where.append(" AND actor_subject = :actor");
            params.put("actor", query.actor());
        }
        if (query.action() != null) {
            where.append(" AND action = :action");
            params.put("action", query.action());
        }
        Instant fromTime = query.from();
        Instant toTime = query.to();
        if (fromTime != null) {
            where.append(" AND at >= :from");
            params.put("from", fromTime);
        }
        if (toTime != null) {
            where.append(" AND at < :to");
            params.put("to", toTime);
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM audit_log WHERE " + where), params)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("""
                SELECT id, at, actor_issuer, actor_subject, action, object_type, object_id, outcome, detail
                FROM audit_log WHERE %s ORDER BY id DESC LIMIT :limit OFFSET :offset""".formatted(where)), params)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        List<AuditEntry> items = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(),
                SqlValues.instant(r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], (UUID) r[6],
                (String) r[7], (String) r[8])).toList();
        return new Page<>(items, page, size, total);
    }

    private static ReportItem item(Report r) {
        return new ReportItem(r.id, r.subjectType, r.subjectId, r.reason, r.status, r.createdAt, r.resolvedAt);
    }
}
