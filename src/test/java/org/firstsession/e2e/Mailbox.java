package org.firstsession.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) in the test JVM; the app delivers to it over TCP. */
final class Mailbox implements AutoCloseable {

    private volatile GreenMail smtp;
    private final int port;
    /** What arrived before a simulated outage (a restarted server starts empty). */
    private final java.util.List<MimeMessage> earlier = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Mailbox(GreenMail smtp, int port) {
        this.smtp = smtp;
        this.port = port;
    }

    static Mailbox start() {
        int port = FreePorts.next();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return new Mailbox(smtp, port);
    }

    int port() {
        return port;
    }

    /**
     * Waits for the email with this {@code Message-ID} (the app's ids are deterministic, e.g.
     * {@code <booking-<id>.booked.0.client@firstsession.local>}), so unrelated mail never confuses a check.
     */
    MimeMessage await(String messageId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<MimeMessage> found = all()
                    .filter(m -> messageId.equals(messageIdOf(m))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no email " + messageId + " within " + timeout.toSeconds() + " s; received: "
                        + all().map(Mailbox::messageIdOf).toList());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The newest email to {@code recipient} whose subject contains {@code subjectPart}, once one has arrived and no
     * further one has for two seconds (a provider may send the same kind of email again on a later attempt).
     */
    MimeMessage awaitLatestTo(String recipient, String subjectPart, Duration timeout) {
        awaitTo(recipient, subjectPart, timeout);
        long count;
        do {
            count = matching(recipient, subjectPart).count();
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        } while (matching(recipient, subjectPart).count() > count);
        List<MimeMessage> all = matching(recipient, subjectPart).toList();
        return all.get(all.size() - 1);
    }

    private java.util.stream.Stream<MimeMessage> matching(String recipient, String subjectPart) {
        return all().filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectPart)
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient));
            } catch (MessagingException e) {
                return false;
            }
        });
    }

    /** Waits for the first email to {@code recipient} whose subject contains {@code subjectPart}. */
    MimeMessage awaitTo(String recipient, String subjectPart, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<MimeMessage> found = matching(recipient, subjectPart).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no email to " + recipient + " about \"" + subjectPart + "\" within "
                        + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** How many emails with this Message-ID arrived (the outbox must send each once). */
    long count(String messageId) {
        return all().filter(m -> messageId.equals(messageIdOf(m))).count();
    }

    /** The text of the first part with this content type (e.g. {@code text/calendar}, {@code text/plain}). */
    static String part(MimeMessage message, String contentType) {
        try {
            return find(message, contentType).orElseThrow(() -> new AssertionError("no " + contentType
                    + " part in an email of type " + contentTypeOf(message)));
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<String> find(Part part, String contentType) throws MessagingException, IOException {
        if (part.isMimeType(contentType)) {
            return Optional.of(new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, contentType);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String contentTypeOf(MimeMessage message) {
        try {
            return message.getContentType();
        } catch (MessagingException e) {
            return "?";
        }
    }

    private java.util.stream.Stream<MimeMessage> all() {
        return java.util.stream.Stream.concat(earlier.stream(), Arrays.stream(smtp.getReceivedMessages()));
    }

    /** The mail server goes down: connections are refused until {@link #restart()}. */
    synchronized void stop() {
        earlier.addAll(Arrays.asList(smtp.getReceivedMessages()));
        smtp.stop();
    }

    /** The mail server is back on the same port. */
    synchronized void restart() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
