package org.firstsession.contact;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.firstsession.account.Account;
import org.firstsession.moderation.AuditLog;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.error.TooManyRequestsException;
import org.firstsession.shared.idempotency.IdempotencyService;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
@Transactional
public class ContactService {

    private static final Duration RATE_WINDOW = Duration.ofHours(1);

    private final EntityManager em;
    private final AuditLog audit;
    private final ContactConfig config;
    private final ContactMails mails;
    private final IdempotencyService idempotency;

    ContactService(EntityManager em, ContactConfig config, ContactMails mails, IdempotencyService idempotency,
            AuditLog audit) {
        this.audit = audit;
        this.em = em;
        this.config = config;
        this.mails = mails;
        this.idempotency = idempotency;
    }

    /**
     * Stores a contact request and queues its email to the staff, in one transaction. Validated here rather
     * than in the resource so that an anonymous caller learns first that they need to log in.
     * {@code requestLanguage} is the language the request came in (the page's, or the API's
     * {@code Accept-Language}); null when it named none.
     */
    public ContactReceipt submit(UUID accountId, String idempotencyKey, @NotNull @Valid SubmitContactRequest request,
            Locale requestLanguage) {
        return idempotency.once(accountId, idempotencyKey, "POST /api/contact", request, ContactReceipt.class,
                () -> create(accountId, request, requestLanguage));
    }

    private ContactReceipt create(UUID accountId, SubmitContactRequest request, Locale requestLanguage) {
        // Serialises one account's requests, so parallel ones cannot slip past the hourly limit.
        Account sender = em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        requireUnderHourlyLimit(accountId);
        ContactRequest contact = new ContactRequest();
        contact.accountId = accountId;
        contact.subject = request.subject();
        contact.message = request.message();
        contact.persistAndFlush();
        mails.forward(contact, sender, requestLanguage);
        return new ContactReceipt(contact.id, contact.status, contact.createdAt);
    }

    /** Counted in the database, so the limit holds across instances; Retry-After is when a request leaves the window. */
    private void requireUnderHourlyLimit(UUID accountId) {
        int limit = config.maxPerHour();
        Instant now = Instant.now();
        List<Instant> recent = em.createQuery("""
                select c.createdAt from ContactRequest c
                where c.accountId = :account and c.createdAt > :since order by c.createdAt desc""", Instant.class)
                .setParameter("account", accountId)
                .setParameter("since", now.minus(RATE_WINDOW))
                .setMaxResults(limit)
                .getResultList();
        if (recent.size() >= limit) {
            Instant freesUp = recent.get(limit - 1).plus(RATE_WINDOW);
            long seconds = (Duration.between(now, freesUp).toMillis() + 999) / 1000;
            throw new TooManyRequestsException(community(m -> m.contact_hourly_limit(limit)), seconds);
        }
    }

    /** Newest first; {@code filter} null for all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContactRequestView> list(ContactStatus filter, int page, int size) {
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<ContactRequest> query = filter == null
                ? ContactRequest.findAll(newestFirst)
                : ContactRequest.find("status", newestFirst, filter);
        long total = query.count();
        List<ContactRequest> rows = query.page(page, size).list();
        Map<UUID, Account> senders = rows.isEmpty() ? Map.of()
                : Account.<Account>list("id in ?1", rows.stream().map(c -> c.accountId).distinct().toList())
                        .stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
        List<ContactRequestView> items = rows.stream().map(c -> view(c, senders.get(c.accountId), false)).toList();
        return new Page<>(items, page, size, total);
    }

    /** An admin reads a request in full: private content, so the read is audited. */
    public ContactRequestView get(UUID id) {
        ContactRequest contact = find(id, LockModeType.NONE);
        audit.success("CONTACT_READ", "CONTACT_REQUEST", id, null);
        return view(contact, Account.findById(contact.accountId), true);
    }

    /** Idempotent: closing a closed request changes nothing and keeps who closed it when. */
    public ContactRequestView close(UUID id, UUID adminId) {
        // Locked, so two admins closing at once both get 200 rather than an optimistic-lock 409.
        ContactRequest contact = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (contact.status != ContactStatus.CLOSED) {
            contact.status = ContactStatus.CLOSED;
            // Microseconds, as PostgreSQL stores it: this response then matches every later read.
            contact.closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            contact.closedBy = adminId;
        }
        audit.success("CONTACT_CLOSE", "CONTACT_REQUEST", id, null);
        return view(contact, Account.findById(contact.accountId), true);
    }

    private ContactRequest find(UUID id, LockModeType lock) {
        ContactRequest contact = em.find(ContactRequest.class, id, lock);
        if (contact == null) {
            throw ProblemException.notFound(problem(m -> m.not_found_contact_request()));
        }
        return contact;
    }

    private static ContactRequestView view(ContactRequest contact, Account sender, boolean withMessage) {
        ContactRequestView.Sender from = sender == null ? null
                : new ContactRequestView.Sender(sender.id, sender.displayName, sender.email);
        return new ContactRequestView(contact.id, contact.status, contact.subject, withMessage ? contact.message : null,
                from, contact.createdAt, contact.closedAt, contact.closedBy);
    }
}
