package org.firstsession.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.firstsession.admin.AdminViews.AdminSpecialist;
import org.firstsession.admin.AdminViews.AuditEntry;
import org.firstsession.admin.AdminViews.ContentItem;
import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.ReportDetail;
import org.firstsession.admin.AdminViews.ReportItem;
import org.firstsession.admin.AdminViews.Stats;
import org.firstsession.admin.AdminViews.Verification;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.WeekCount;
import org.firstsession.booking.BookingConfig;
import org.firstsession.booking.BookingService;
import org.firstsession.directory.DirectoryService;
import org.firstsession.messaging.Report;
import org.firstsession.notification.AdminMails;
import org.firstsession.shared.Page;
import org.firstsession.shared.crypto.FieldCipher;
import org.firstsession.shared.crypto.KeyRotation;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;

/** What admins do: feature, verify, suspend and reinstate specialists; work reports; read the audit log and numbers. */
@ApplicationScoped
@Transactional
public class AdminService {

    static final String FEATURED_NO_SLOTS = "featured, no free slots";
    static final String REVERIFICATION_DUE = "re-verification due";

    private final EntityManager em;
    private final AuditLog audit;
    private final BookingService bookings;
    private final BookingConfig bookingConfig;
    private final AdminMails mails;
    private final FieldCipher cipher;
    private final KeyRotation keyRotation;

    AdminService(EntityManager em, AuditLog audit, BookingService bookings, BookingConfig bookingConfig, AdminMails mails,
            FieldCipher cipher, KeyRotation keyRotation) {
        this.em = em;
        this.cipher = cipher;
        this.keyRotation = keyRotation;
        this.audit = audit;
        this.bookings = bookings;
        this.bookingConfig = bookingConfig;
        this.mails = mails;
    }

    public AdminSpecialist feature(UUID id, FeatureRequest request) {
        Specialist s = specialist(id);
        if (!request.featured()) {
            s.featuredAt = null;
            s.featuredUntil = null;
            audit.success("SPECIALIST_UNFEATURE", "SPECIALIST", id, null);
            return view(s);
        }
        if (request.until() != null && !request.until().isAfter(Instant.now())) {
            throw ProblemException.invalid("until", "must be in the future");
        }
        String refusal = !s.isPublic() ? "Only a published, not suspended specialist can be featured."
                : bookings.openSlotsWithin(id, bookingConfig.freeConsultationWindow()) == 0
                        ? "Only a specialist who offers free consultations (open slots in the next 14 days) can be featured."
                        : null;
        if (refusal != null) {
            audit.refused("SPECIALIST_FEATURE", "SPECIALIST", id, refusal);
            throw new ProblemException(409, "not-featurable", "Cannot be featured", refusal);
        }
        s.featuredAt = Instant.now();
        s.featuredUntil = request.until();
        audit.success("SPECIALIST_FEATURE", "SPECIALIST", id, request.until() == null ? null : "until " + request.until());
        return view(s);
    }

    public AdminSpecialist verify(UUID id, VerificationRequest request) {
        Specialist s = specialist(id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (request.checkedOn().isAfter(today)) {
            errors.add(new FieldError("checkedOn", "must not be in the future"));
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.checkedOn())) {
            errors.add(new FieldError("validUntil", "must not be before checkedOn"));
        }
        if (request.status() == AdminViews.VerificationStatus.VERIFIED && request.validUntil() == null) {
            errors.add(new FieldError("validUntil", "is required for a verified licence"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        s.verificationStatus = request.status().name();
        s.verificationCheckedOn = request.checkedOn();
        s.verificationValidUntil = request.validUntil();
        s.verificationNote = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        audit.success("SPECIALIST_VERIFICATION", "SPECIALIST", id, request.status().name());
        return view(s);
    }

    /** Hides the profile, stops bookings, cancels the upcoming ones (both sides told), emails the specialist. */
    public AdminSpecialist suspend(UUID id, String reason) {
        Specialist s = specialist(id);
        // Re-read under the update lock: bookings and messages take a share lock on this row and re-check it.
        em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        if (s.isSuspended()) {
            throw new ProblemException(409, "already-suspended", "Already suspended", "This specialist is already suspended.");
        }
        s.suspendedAt = Instant.now();
        s.suspensionReason = reason.strip();
        int cancelled = bookings.cancelUpcomingOf(id,
                "The specialist is not available on FirstSession at the moment. Please book another specialist.");
        mails.suspended(s);
        audit.success("SPECIALIST_SUSPEND", "SPECIALIST", id, cancelled + " upcoming bookings cancelled");
        return view(s);
    }

    /** Makes the profile visible again; cancelled bookings stay cancelled. */
    public AdminSpecialist reinstate(UUID id) {
        Specialist s = specialist(id);
        if (!s.isSuspended()) {
            throw new ProblemException(409, "not-suspended", "Not suspended", "This specialist is not suspended.");
        }
        s.suspendedAt = null;
        s.suspensionReason = null;
        audit.success("SPECIALIST_REINSTATE", "SPECIALIST", id, null);
        return view(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminSpecialist> specialists(String status, String featured, String verification, String q, int page,
            int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (status != null && !status.isBlank()) {
            switch (status.strip().toUpperCase(Locale.ROOT)) {
                case "SUSPENDED" -> where.append(" AND s.suspended_at IS NOT NULL");
                case "DRAFT", "PUBLISHED", "UNPUBLISHED" -> {
                    where.append(" AND s.suspended_at IS NULL AND s.status = :status");
                    params.put("status", status.strip().toUpperCase(Locale.ROOT));
                }
                default -> errors.add(new FieldError("status", "must be one of DRAFT, PUBLISHED, UNPUBLISHED, SUSPENDED"));
            }
        }
        if (featured != null && !featured.isBlank()) {
            switch (featured.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> where.append(" AND ").append(FEATURED_NOW);
                case "false" -> where.append(" AND NOT ").append(FEATURED_NOW);
                default -> errors.add(new FieldError("featured", "must be true or false"));
            }
        }
        if (verification != null && !verification.isBlank()) {
            switch (verification.strip().toUpperCase(Locale.ROOT)) {
                case "VERIFIED" -> where.append(" AND s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)");
                case "REJECTED" -> where.append(" AND s.verification_status = 'REJECTED'");
                case "NONE" -> where.append(" AND s.verification_status IS NULL");
                case "DUE" -> where.append(" AND s.verification_status = 'VERIFIED' AND s.verification_valid_until < current_date");
                default -> errors.add(new FieldError("verification", "must be one of VERIFIED, REJECTED, NONE, DUE"));
            }
        }
        if (q != null && !q.isBlank()) {
            if (q.length() > 200) {
                errors.add(new FieldError("q", "must be at most 200 characters"));
            }
            where.append(" AND lower(s.display_name) LIKE :q");
            params.put("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM specialist s WHERE " + where), params)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<UUID> ids = bind(em.createNativeQuery("SELECT s.id FROM specialist s WHERE " + where
                + " ORDER BY lower(s.display_name), s.id LIMIT :limit OFFSET :offset"), params)
                .setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        List<AdminSpecialist> items = new ArrayList<>();
        for (UUID id : ids) {
            items.add(view(Specialist.findById(id)));
        }
        return new Page<>(items, page, size, total);
    }

    /** One line of the work list, for the admin's page about one specialist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AdminSpecialist specialistSummary(UUID id) {
        return view(specialist(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportItem> reports(String status, int page, int size) {
        String filter = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (filter != null && !filter.equals("OPEN") && !filter.equals("RESOLVED")) {
            throw ProblemException.invalid("status", "must be OPEN or RESOLVED");
        }
        var query = filter == null ? Report.<Report>find("order by createdAt desc, id")
                : Report.<Report>find("status = ?1 order by createdAt desc, id", filter);
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(AdminService::item).toList(), page, size, total);
    }

    /** The report and the reported content; reading private content is audited. */
    public ReportDetail report(UUID id) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The report"));
        List<ContentItem> content = new ArrayList<>();
        if (Report.CONVERSATION.equals(report.subjectType)) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT m.id, m.sender, m.body, m.created_at FROM message m
                    WHERE m.conversation_id = ?1 ORDER BY m.seq DESC LIMIT 200""")
                    .setParameter(1, report.subjectId).getResultList();
            for (Object[] row : rows) {
                content.add(new ContentItem((UUID) row[0], (String) row[1], cipher.decrypt((String) row[2]),
                        SqlValues.instant(row[3])));
            }
        }
        content.addAll(communityContent(report));
        audit.success("REPORT_READ", report.subjectType, report.subjectId, "report " + report.id);
        return new ReportDetail(item(report), content);
    }

    public ReportItem resolve(UUID id, UUID adminAccountId, String note) {
        Report report = Report.<Report>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The report"));
        if (!"RESOLVED".equals(report.status)) {
            report.status = "RESOLVED";
            report.resolvedAt = Instant.now();
            report.resolvedBy = adminAccountId;
        }
        audit.success("REPORT_RESOLVE", "REPORT", id, note == null || note.isBlank() ? null : note.strip());
        return item(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> audit(String actor, String action, String from, String to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor_subject = :actor");
            params.put("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            where.append(" AND action = :action");
            params.put("action", action.strip().toUpperCase(Locale.ROOT));
        }
        List<FieldError> errors = new ArrayList<>();
        Instant fromTime = time(from, "from", errors);
        Instant toTime = time(to, "to", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
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

    /** Outside a transaction: the rotation commits batch by batch. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, Integer> rotateKeys() {
        Map<String, Integer> counts = keyRotation.rotate();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                audit.success("KEY_ROTATION", "CRYPTO", null, total + " values re-encrypted"));
        return counts;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Stats stats() {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (String status : List.of("DRAFT", "PUBLISHED", "UNPUBLISHED")) {
            byStatus.put(status, count("SELECT count(*) FROM specialist WHERE suspended_at IS NULL AND status = '" + status + "'"));
        }
        byStatus.put("SUSPENDED", count("SELECT count(*) FROM specialist WHERE suspended_at IS NOT NULL"));
        long verified = count("SELECT count(*) FROM specialist s WHERE s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)");
        long featured = count("SELECT count(*) FROM specialist s WHERE " + FEATURED_NOW);
        Instant now = Instant.now();
        long openSlots = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM slot sl JOIN specialist s ON s.id = sl.specialist_id
                WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND sl.withdrawn_at IS NULL
                  AND sl.starts_at >= ?1 AND sl.starts_at < ?2
                  AND NOT EXISTS (SELECT 1 FROM booking b WHERE b.slot_id = sl.id AND b.status <> 'CANCELLED')""")
                .setParameter(1, now).setParameter(2, now.plus(bookingConfig.freeConsultationWindow()))
                .getSingleResult()).longValue();
        LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(java.time.DayOfWeek.MONDAY);
        LocalDate firstWeek = thisWeek.minusWeeks(11);
        @SuppressWarnings("unchecked")
        List<Object[]> weekly = em.createNativeQuery("""
                SELECT (date_trunc('week', created_at AT TIME ZONE 'UTC'))::date AS week, count(*)
                FROM booking WHERE created_at >= ?1 GROUP BY 1""")
                .setParameter(1, firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant()).getResultList();
        Map<LocalDate, Long> perWeek = new LinkedHashMap<>();
        for (Object[] row : weekly) {
            perWeek.put(toLocalDate(row[0]), ((Number) row[1]).longValue());
        }
        List<WeekCount> weeks = new ArrayList<>();
        for (LocalDate week = firstWeek; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            weeks.add(new WeekCount(week, perWeek.getOrDefault(week, 0L)));
        }
        long all = count("SELECT count(*) FROM booking");
        long cancelled = count("SELECT count(*) FROM booking WHERE status = 'CANCELLED'");
        long held = count("SELECT count(*) FROM booking WHERE status IN ('COMPLETED', 'NO_SHOW')");
        long noShows = count("SELECT count(*) FROM booking WHERE status = 'NO_SHOW'");
        return new Stats(byStatus, verified, featured, openSlots, weeks, rate(cancelled, all), rate(noShows, held),
                count("SELECT count(*) FROM email_outbox WHERE status = 'PENDING'"),
                count("SELECT count(*) FROM email_outbox WHERE status = 'FAILED'"));
    }

    private static final String FEATURED_NOW = DirectoryService.FEATURED;

    /** The reported question (title and body) or answer. */
    private List<ContentItem> communityContent(Report report) {
        String sql = switch (report.subjectType) {
            case "QUESTION" -> "SELECT id, 'ASKER', title || E'\n\n' || body, created_at FROM question WHERE id = ?1";
            case "ANSWER" -> "SELECT a.id, s.display_name, a.body, a.created_at FROM answer a JOIN specialist s ON s.id = a.specialist_id WHERE a.id = ?1";
            default -> null;
        };
        if (sql == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, report.subjectId).getResultList();
        return rows.stream().map(r -> new ContentItem((UUID) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3])))
                .toList();
    }

    private AdminSpecialist view(Specialist s) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long openSlots = bookings.openSlotsWithin(s.id, bookingConfig.freeConsultationWindow());
        boolean featured = s.isFeatured(now);
        List<String> flags = new ArrayList<>();
        if (featured && openSlots == 0) {
            flags.add(FEATURED_NO_SLOTS);
        }
        if ("VERIFIED".equals(s.verificationStatus) && !s.isVerified(today)) {
            flags.add(REVERIFICATION_DUE);
        }
        Verification verification = s.verificationStatus == null ? null
                : new Verification(s.verificationStatus, s.verificationCheckedOn, s.verificationValidUntil, s.verificationNote);
        return new AdminSpecialist(s.id, s.displayName, s.status.name(), s.isSuspended(), s.suspensionReason, featured,
                featured ? s.featuredUntil : null, s.isVerified(today), verification, openSlots, flags);
    }

    private static ReportItem item(Report r) {
        return new ReportItem(r.id, r.subjectType, r.subjectId, r.reason, r.status, r.createdAt, r.resolvedAt);
    }

    private static Specialist specialist(UUID id) {
        return Specialist.<Specialist>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("The specialist"));
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private static double rate(long part, long whole) {
        return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((java.sql.Date) value).toLocalDate();
    }

    private static Instant time(String value, String name, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 date or date-time with offset"));
            return null;
        }
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

}
