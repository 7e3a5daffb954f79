package org.firstsession.messaging;

import static org.firstsession.shared.i18n.Details.community;
import static org.firstsession.shared.i18n.Details.problem;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.firstsession.shared.error.CommonProblem;
import org.firstsession.account.Account;
import org.firstsession.booking.Booking;
import org.firstsession.messaging.Conversation.Side;
import org.firstsession.messaging.MessagingViews.ConversationExport;
import org.firstsession.messaging.MessagingViews.ConversationView;
import org.firstsession.messaging.MessagingViews.MessagePage;
import org.firstsession.messaging.MessagingViews.MessageView;
import org.firstsession.messaging.MessagingViews.Party;
import org.firstsession.messaging.MessagingViews.StartRequest;
import org.firstsession.messaging.MessagingViews.Started;
import org.firstsession.moderation.AuditLog;
import org.firstsession.moderation.ModerationService;
import org.firstsession.moderation.ModerationViews.ReportView;
import org.firstsession.moderation.Report;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.error.TooManyRequestsException;
import org.firstsession.shared.persistence.SqlValues;
import org.firstsession.specialist.Specialist;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Conversations between a client and a specialist. Only the two participants see or write one; an
 * admin may read a conversation only while a participant's report of it is open. Everyone else gets
 * 404, so the existence of a conversation is never revealed.
 */
@ApplicationScoped
@Transactional
public class MessagingService {

    static final int MAX_TEXT = 5000;
    private static final int PREVIEW = 100;

    private final EntityManager em;
    private final MessagingConfig config;
    private final AuditLog audit;
    private final ModerationService moderation;

    MessagingService(EntityManager em, MessagingConfig config, AuditLog audit, ModerationService moderation) {
        this.em = em;
        this.config = config;
        this.audit = audit;
        this.moderation = moderation;
    }

    /** The caller's role in a conversation; ADMIN is read-only. */
    enum Role { CLIENT, SPECIALIST, ADMIN }

    /** {@code reach}: for an admin, the last message sequence the open report lets them read; else unlimited. */
    record Access(Conversation conversation, Role role, long reach) {
        Access(Conversation conversation, Role role) {
            this(conversation, role, Long.MAX_VALUE);
        }

        Side side() {
            return role == Role.CLIENT ? Side.CLIENT : Side.SPECIALIST;
        }
    }

    /** The started conversation, and whether it is new (201) or an existing one (200). */
    public record Opened(Started started, boolean created) {
    }

    public Opened start(UUID callerId, StartRequest request) {
        String text = validText(request.text());
        if ((request.specialistId() == null) == (request.bookingId() == null)) {
            throw ProblemException.invalid("specialistId", community(m -> m.messaging_client_or_specialist()));
        }
        lockAccount(callerId);
        Conversation conversation;
        Side side;
        boolean created = false;
        if (request.specialistId() != null) {
            Specialist specialist = Specialist.<Specialist>findByIdOptional(request.specialistId())
                    .filter(Specialist::isPublic)
                    .orElseThrow(() -> ProblemException.notFound(problem(m -> m.not_found_specialist())));
            if (specialist.isOwnedBy(callerId)) {
                throw MessagingProblem.OWN_PROFILE.exception(community(m -> m.messaging_own_profile()));
            }
            side = Side.CLIENT;
            conversation = find(callerId, specialist.id);
            if (conversation == null) {
                requireNewConversationAllowance(callerId);
                conversation = open(callerId, specialist.id, Side.CLIENT);
                created = true;
            }
        } else {
            // A specialist may open a conversation only with a client who booked them.
            Booking booking = Booking.findById(request.bookingId());
            Specialist specialist = booking == null ? null : Specialist.findById(booking.specialistId);
            if (specialist == null || !specialist.isOwnedBy(callerId)) {
                throw ProblemException.notFound(problem(m -> m.not_found_booking()));
            }
            side = Side.SPECIALIST;
            conversation = find(booking.clientId, specialist.id);
            if (conversation == null) {
                conversation = open(booking.clientId, specialist.id, Side.SPECIALIST);
                created = true;
            }
        }
        Access access = new Access(conversation, side == Side.CLIENT ? Role.CLIENT : Role.SPECIALIST);
        MessageView message = append(access, callerId, text);
        return new Opened(new Started(view(access, callerId), message), created);
    }

    /** Conversations of account ?1, as client or as the specialist. */
    private static final String MINE = """
            SELECT c.id, c.last_message_at FROM conversation c WHERE c.client_id = ?1
            UNION
            SELECT c.id, c.last_message_at FROM conversation c JOIN specialist s ON s.id = c.specialist_id
            WHERE s.account_id = ?1""";

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ConversationView> list(UUID callerId, int page, int size) {
        @SuppressWarnings("unchecked")
        // The caller's conversations as client UNION as specialist: two index lookups. (One join with
        // "client_id = ? OR account_id = ?" read every conversation and profile: 60-120 ms at 100,000
        // profiles, which starved the connection pool in the benchmark; see docs/benchmarks.md.)
        List<UUID> ids = em.createNativeQuery("""
                SELECT id FROM (""" + MINE + """
                ) mine
                ORDER BY last_message_at DESC, id
                LIMIT ?2 OFFSET ?3""")
                .setParameter(1, callerId).setParameter(2, size).setParameter(3, (long) page * size).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM (" + MINE + ") mine")
                .setParameter(1, callerId).getSingleResult()).longValue();
        List<ConversationView> items = new ArrayList<>();
        for (UUID id : ids) {
            items.add(view(access(id, callerId, false), callerId));
        }
        return new Page<>(items, page, size, total);
    }

    public ConversationView get(UUID conversationId, UUID callerId, boolean admin) {
        return view(access(conversationId, callerId, admin), callerId);
    }

    /** The history, before the cursor {@code before} (null: from the newest); an admin reading a reported conversation is recorded in the audit log. */
    public MessagePage messages(UUID conversationId, UUID callerId, boolean admin, Long before, int limit) {
        Access access = access(conversationId, callerId, admin);
        if (access.role() == Role.ADMIN) {
            audit.success("CONVERSATION_READ", "CONVERSATION", conversationId, "reported conversation read");
        }
        long cursor = before == null ? Long.MAX_VALUE : before;
        // An admin reads only what was there when it was reported, never later messages.
        List<Message> page = Message.<Message>find("conversationId = ?1 and seq < ?2 and seq <= ?3 order by seq desc",
                conversationId, cursor, access.reach()).page(0, limit + 1).list();
        boolean more = page.size() > limit;
        List<MessageView> items = page.stream().limit(limit).map(m -> view(m, callerId, access.role())).toList();
        String next = more ? String.valueOf(page.get(limit - 1).seq) : null;
        return new MessagePage(items, next);
    }

    public MessageView send(UUID conversationId, UUID callerId, String rawText) {
        String text = validText(rawText);
        Access access = access(conversationId, callerId, false);
        lockAccount(callerId);
        return append(access, callerId, text);
    }

    /** Marks messages read up to one message (default: all so far); returns the updated conversation. */
    public ConversationView markRead(UUID conversationId, UUID callerId, UUID upToMessageId) {
        Access access = access(conversationId, callerId, false);
        Conversation conversation = access.conversation();
        long upTo = conversation.lastMessageSeq;
        if (upToMessageId != null) {
            Message message = Message.<Message>find("id", upToMessageId).firstResult();
            if (message == null || !message.conversationId.equals(conversationId)) {
                throw ProblemException.invalid("upToMessageId", community(m -> m.messaging_not_in_conversation()));
            }
            upTo = message.seq;
        }
        em.lock(conversation, LockModeType.PESSIMISTIC_WRITE);
        conversation.markRead(access.side(), upTo);
        return view(access, callerId);
    }

    /** My conversations with every message, for the data export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<ConversationExport> exportFor(UUID callerId) {
        List<ConversationExport> out = new ArrayList<>();
        for (ConversationView conversation : list(callerId, 0, 10_000).items()) {
            out.add(new ConversationExport(conversation, Message.<Message>find("conversationId = ?1 order by seq",
                    conversation.id()).list().stream().map(m -> view(m, callerId, Role.CLIENT)).toList()));
        }
        return out;
    }

    /**
     * Unread messages of account ?1 on both sides, as two index lookups added up (the pattern of
     * {@link #MINE}). The badge is on every logged-in page; the former single join with
     * "client_id = ? OR account_id = ?" could use no index and read every conversation and profile, which
     * collapsed at 100,000 profiles (docs/benchmarks.md). {@code UnreadBadgeQueryTest} checks the plan.
     */
    static final String UNREAD_TOTAL = """
            SELECT (SELECT count(*) FROM conversation c
                    JOIN message m ON m.conversation_id = c.id AND m.seq > c.client_read_seq
                    WHERE c.client_id = ?1 AND m.sender = 'SPECIALIST')
                 + (SELECT count(*) FROM specialist s
                    JOIN conversation c ON c.specialist_id = s.id
                    JOIN message m ON m.conversation_id = c.id AND m.seq > c.specialist_read_seq
                    WHERE s.account_id = ?1 AND m.sender = 'CLIENT')""";

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unreadTotal(UUID callerId) {
        return ((Number) em.createNativeQuery(UNREAD_TOTAL).setParameter(1, callerId).getSingleResult()).longValue();
    }

    public ConversationView block(UUID conversationId, UUID callerId) {
        Access access = access(conversationId, callerId, false);
        Conversation conversation = access.conversation();
        em.lock(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.blockedBy == null) {
            conversation.blockedBy = access.side();
            conversation.blockedAt = Instant.now();
        }
        return view(access, callerId);
    }

    /** Only the side that blocked can unblock. */
    public ConversationView unblock(UUID conversationId, UUID callerId) {
        Access access = access(conversationId, callerId, false);
        Conversation conversation = access.conversation();
        em.lock(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.blockedBy != null && conversation.blockedBy != access.side()) {
            throw MessagingProblem.BLOCKED_BY_OTHER.exception(community(m -> m.messaging_blocked_by_other()));
        }
        conversation.blockedBy = null;
        conversation.blockedAt = null;
        return view(access, callerId);
    }

    /** Reports the conversation as it is now: admins will read it up to its latest message, nothing later. */
    public ReportView report(UUID conversationId, UUID callerId, String reason) {
        Conversation conversation = access(conversationId, callerId, false).conversation();
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        return moderation.file(Conversation.TYPE, conversationId, conversation.lastMessageSeq, callerId, reason);
    }

    private MessageView append(Access access, UUID callerId, String text) {
        Conversation conversation = access.conversation();
        em.lock(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.blockedBy != null) {
            throw MessagingProblem.CONVERSATION_BLOCKED.exception(conversation.blockedBy == access.side()
                            ? community(m -> m.messaging_you_blocked())
                            : community(m -> m.messaging_other_blocked()));
        }
        requireNotSuspended(conversation, access.side());
        requireMessageAllowance(callerId);
        Message message = new Message();
        message.conversationId = conversation.id;
        message.sender = access.side();
        message.senderAccountId = callerId;
        message.body = text;
        message.persist();
        em.flush();
        conversation.lastMessageSeq = message.seq;
        conversation.lastMessageAt = message.createdAt;
        conversation.markRead(access.side(), message.seq); // one's own message is read
        return view(message, callerId, access.role());
    }

    /**
     * A suspended specialist neither sends nor receives messages until reinstated; both sides still read the
     * history. The profile row is re-read under a share lock, so a message cannot slip in while an admin's
     * suspension commits (the suspension holds the row's update lock).
     */
    private void requireNotSuspended(Conversation conversation, Side sender) {
        Specialist specialist = em.find(Specialist.class, conversation.specialistId);
        em.refresh(specialist, LockModeType.PESSIMISTIC_READ);
        if (specialist.isSuspended()) {
            throw MessagingProblem.SPECIALIST_SUSPENDED.exception(sender == Side.SPECIALIST
                    ? community(m -> m.messaging_you_suspended())
                    : community(m -> m.messaging_specialist_suspended()));
        }
    }

    private Conversation open(UUID clientId, UUID specialistId, Side openedBy) {
        Conversation conversation = new Conversation();
        conversation.clientId = clientId;
        conversation.specialistId = specialistId;
        conversation.openedBy = openedBy;
        conversation.lastMessageAt = Instant.now();
        try {
            conversation.persist();
            em.flush();
            return conversation;
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw CommonProblem.CONCURRENT_UPDATE.exception(community(m -> m.messaging_opened_elsewhere()));
            }
            throw e;
        }
    }

    private static Conversation find(UUID clientId, UUID specialistId) {
        return Conversation.<Conversation>find("clientId = ?1 and specialistId = ?2", clientId, specialistId).firstResult();
    }

    /** The caller's access to a conversation: participant, or admin while it is reported; else 404. */
    Access access(UUID conversationId, UUID callerId, boolean admin) {
        Conversation conversation = Conversation.findById(conversationId);
        if (conversation != null) {
            if (conversation.clientId.equals(callerId)) {
                return new Access(conversation, Role.CLIENT);
            }
            Specialist specialist = Specialist.findById(conversation.specialistId);
            if (specialist.isOwnedBy(callerId)) {
                return new Access(conversation, Role.SPECIALIST);
            }
            if (admin) {
                Optional<Long> reach = Report.openReportReach(Conversation.TYPE, conversationId);
                if (reach.isPresent()) {
                    return new Access(conversation, Role.ADMIN, reach.get());
                }
            }
        }
        throw ProblemException.notFound(problem(m -> m.not_found_conversation()));
    }

    private void requireNewConversationAllowance(UUID clientId) {
        Instant since = Instant.now().minus(Duration.ofDays(1));
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), min(created_at) FROM conversation
                WHERE client_id = ?1 AND opened_by = 'CLIENT' AND created_at > ?2""")
                .setParameter(1, clientId).setParameter(2, since).getSingleResult();
        if (((Number) row[0]).intValue() >= config.maxNewConversationsPerDay()) {
            throw new TooManyRequestsException(community(m -> m.messaging_daily_conversations(config.maxNewConversationsPerDay())),
                    retryAfter(SqlValues.instant(row[1]), Duration.ofDays(1)));
        }
    }

    private void requireMessageAllowance(UUID accountId) {
        Instant since = Instant.now().minus(Duration.ofMinutes(1));
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), min(created_at) FROM message WHERE sender_account_id = ?1 AND created_at > ?2""")
                .setParameter(1, accountId).setParameter(2, since).getSingleResult();
        if (((Number) row[0]).intValue() >= config.maxMessagesPerMinute()) {
            throw new TooManyRequestsException(community(m -> m.messaging_per_minute(config.maxMessagesPerMinute())),
                    retryAfter(SqlValues.instant(row[1]), Duration.ofMinutes(1)));
        }
    }

    private static long retryAfter(Instant oldestInWindow, Duration window) {
        if (oldestInWindow == null) {
            return 1;
        }
        return Duration.between(Instant.now(), oldestInWindow.plus(window)).toSeconds() + 1;
    }

    /** Per-account lock: serialises one account's sends, so its limits hold under parallel requests. */
    private void lockAccount(UUID accountId) {
        em.find(Account.class, accountId, LockModeType.PESSIMISTIC_WRITE);
    }

    private static String validText(String text) {
        if (text == null || text.strip().isEmpty()) {
            throw ProblemException.invalid("text", problem(m -> m.field_blank()));
        }
        if (text.strip().length() > MAX_TEXT || text.length() > 4 * MAX_TEXT) {
            throw ProblemException.invalid("text", problem(m -> m.field_max_chars(MAX_TEXT)));
        }
        return text;
    }

    private ConversationView view(Access access, UUID callerId) {
        Conversation c = access.conversation();
        Specialist specialist = Specialist.findById(c.specialistId);
        Party other = access.role() == Role.CLIENT
                ? new Party(specialist.displayName, specialist.id)
                : new Party(((Account) Account.findById(c.clientId)).displayName, null);
        Message last = Message.<Message>find("conversationId = ?1 and seq <= ?2 order by seq desc", c.id, access.reach())
                .firstResult();
        String preview = last == null ? null
                : last.body.length() > PREVIEW ? last.body.substring(0, PREVIEW) + "…" : last.body;
        Instant lastAt = access.role() == Role.ADMIN ? (last == null ? null : last.createdAt) : c.lastMessageAt;
        long unread = access.role() == Role.ADMIN ? 0
                : Message.count("conversationId = ?1 and sender <> ?2 and seq > ?3", c.id, access.side(),
                        c.readSeq(access.side()));
        String blockedBy = c.blockedBy == null ? null
                : access.role() != Role.ADMIN && c.blockedBy == access.side() ? "ME" : access.role() == Role.ADMIN
                        ? c.blockedBy.name() : "THEM";
        return new ConversationView(c.id, access.role().name(), other, preview, lastAt, unread, blockedBy);
    }

    private static MessageView view(Message m, UUID callerId, Role role) {
        return new MessageView(m.id, m.sender.name(), m.senderAccountId.equals(callerId), m.body, m.createdAt);
    }
}
