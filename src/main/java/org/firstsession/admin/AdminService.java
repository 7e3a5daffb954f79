package org.firstsession.admin;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.shared.persistence.SqlValues.bind;

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
import jakarta.transaction.Transactional;

import org.firstsession.admin.AdminViews.AdminSpecialist;
import org.firstsession.admin.AdminViews.FeatureRequest;
import org.firstsession.admin.AdminViews.Stats;
import org.firstsession.admin.AdminViews.Verification;
import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.WeekCount;
import org.firstsession.booking.BookingConfig;
import org.firstsession.booking.BookableSlots;
import org.firstsession.booking.BookingService;
import org.firstsession.directory.DirectoryService;
import org.firstsession.moderation.AuditLog;
import org.firstsession.shared.Page;
import org.firstsession.shared.crypto.KeyRotation;
import org.firstsession.shared.error.FieldError;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;
import org.firstsession.specialist.Specialist;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Date;
import java.time.DayOfWeek;

/** What admins do: feature, verify, suspend and reinstate specialists; read the numbers. (Reports and the audit log: moderation/.) */
@ApplicationScoped
@Transactional
public class AdminService {

    public static final String FEATURED_NO_SLOTS = "featured, no free slots";
    public static final String REVERIFICATION_DUE = "re-verification due";

    private final EntityManager em;
    private final AuditLog audit;
    private final BookingService bookings;
    private final BookableSlots bookable;
    private final BookingConfig bookingConfig;
    private final AdminMails mails;
    private final KeyRotation keyRotation;

    AdminService(EntityManager em, AuditLog audit, BookingService bookings, BookableSlots bookable, BookingConfig bookingConfig,
            AdminMails mails, KeyRotation keyRotation) {
        this.bookable = bookable;
        this.em = em;
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
            throw ProblemException.invalid("until", problem(m -> m.field_in_future()));
        }
        Text refusal = !s.isPublic() ? community(m -> m.admin_feature_not_public())
                : bookable.countWithin(id, bookingConfig.freeConsultationWindow()) == 0
                        ? community(m -> m.admin_feature_no_slots())
                        : null;
        if (refusal != null) {
            audit.refused("SPECIALIST_FEATURE", "SPECIALIST", id, refusal.english());
            throw AdminProblem.NOT_FEATURABLE.exception(refusal);
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
            errors.add(new FieldError("checkedOn", community(m -> m.admin_not_in_past())));
        }
        if (request.validUntil() != null && request.validUntil().isBefore(request.checkedOn())) {
            errors.add(new FieldError("validUntil", community(m -> m.admin_not_before_checked_on())));
        }
        if (request.status() == AdminViews.VerificationStatus.VERIFIED && request.validUntil() == null) {
            errors.add(new FieldError("validUntil", community(m -> m.admin_valid_until_required())));
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
            throw AdminProblem.ALREADY_SUSPENDED.exception(community(m -> m.admin_already_suspended()));
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
            throw AdminProblem.NOT_SUSPENDED.exception(community(m -> m.admin_not_suspended()));
        }
        s.suspendedAt = null;
        s.suspensionReason = null;
        audit.success("SPECIALIST_REINSTATE", "SPECIALIST", id, null);
        return view(s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdminSpecialist> specialists(AdminSpecialistQuery query) {
        int page = query.page();
        int size = query.size();
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.status() != null) {
            switch (query.status()) {
                case SUSPENDED -> where.append(" AND s.suspended_at IS NOT NULL");
                case DRAFT, PUBLISHED, UNPUBLISHED -> {
                    where.append(" AND s.suspended_at IS NULL AND s.status = :status");
                    params.put("status", query.status().name());
                }
            }
        }
        if (query.featured() != null) {
            where.append(query.featured() ? " AND " : " AND NOT ").append(FEATURED_NOW);
        }
        if (query.verification() != null) {
            switch (query.verification()) {
                case VERIFIED -> where.append(" AND s.verification_status = 'VERIFIED' AND (s.verification_valid_until IS NULL OR s.verification_valid_until >= current_date)");
                case REJECTED -> where.append(" AND s.verification_status = 'REJECTED'");
                case NONE -> where.append(" AND s.verification_status IS NULL");
                case DUE -> where.append(" AND s.verification_status = 'VERIFIED' AND s.verification_valid_until < current_date");
            }
        }
        if (query.q() != null) {
            where.append(" AND lower(s.display_name) LIKE :q");
            params.put("q", "%" + query.q().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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

    /** Outside a transaction: the rotation commits batch by batch. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Map<String, Integer> rotateKeys() {
        Map<String, Integer> counts = keyRotation.rotate();
        int total = counts.entrySet().stream().filter(e -> e.getKey().contains(".")).mapToInt(Map.Entry::getValue).sum();
        QuarkusTransaction.requiringNew().run(() ->
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
        // Counted from now, not from the minimum notice: how much is on offer, not what can be booked this minute.
        long openSlots = ((Number) em.createNativeQuery("SELECT count(*) FROM " + BookableSlots.OPEN + " o"
                + " JOIN specialist s ON s.id = o.specialist_id"
                + " WHERE s.status = 'PUBLISHED' AND s.suspended_at IS NULL AND o.starts_at >= ?1 AND o.starts_at < ?2")
                .setParameter(1, now).setParameter(2, now.plus(bookingConfig.freeConsultationWindow()))
                .getSingleResult()).longValue();
        LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(DayOfWeek.MONDAY);
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

    private AdminSpecialist view(Specialist s) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long openSlots = bookable.countWithin(s.id, bookingConfig.freeConsultationWindow());
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

    private static Specialist specialist(UUID id) {
        return Specialist.<Specialist>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_specialist())));
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
        return ((Date) value).toLocalDate();
    }
}
