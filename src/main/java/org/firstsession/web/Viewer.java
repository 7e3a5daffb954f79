package org.firstsession.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.firstsession.account.AccountService;
import org.firstsession.account.CurrentUser;
import org.firstsession.account.EmailNotVerifiedException;
import org.firstsession.messaging.MessagingService;
import org.firstsession.specialist.SpecialistService;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Who is looking at the page, for the layout ({@code {inject:viewer.loggedIn}}) and for page resources:
 * visitor, client, specialist (owns a profile) or admin. Looked up once per request, lazily.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final SpecialistService specialists;
    private final MessagingService messaging;
    private final HttpServerRequest request;
    private Optional<UUID> specialistId;
    private Long unread;

    Viewer(CurrentUser currentUser, AccountService accounts, SpecialistService specialists, MessagingService messaging,
            HttpServerRequest request) {
        this.request = request;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.specialists = specialists;
        this.messaging = messaging;
    }

    public boolean loggedIn() {
        // A page rendered on the event loop (a 404 for a path no resource matches) may not resolve the
        // identity there (that can block): it shows the visitor's header.
        if (Context.isOnEventLoopThread()) {
            return false;
        }
        return currentUser.isLoggedIn();
    }

    public boolean admin() {
        return currentUser.isAdmin();
    }

    /** The token has the admin role, which does not count without a second factor (ADMIN_REQUIRE_MFA). */
    public boolean adminNeedsSecondFactor() {
        return loggedIn() && currentUser.adminNeedsSecondFactor();
    }

    /** The caller's account (created on their first visit); only for logged-in viewers. */
    public UUID accountId() {
        return currentUser.accountId();
    }

    /**
     * The caller's account for a form that emails other people (book, message, contact, ask): a logged-in
     * viewer whose address is not verified gets the {@code email-not-verified} refusal, which the form shows.
     */
    public UUID verifiedAccountId() {
        return currentUser.verifiedAccountId(EmailNotVerifiedException.DETAIL);
    }

    /** Whether the provider has verified the viewer's email address. */
    public boolean emailVerified() {
        return loggedIn() && currentUser.emailVerified();
    }

    /** Logged in with a verified address: may use the forms that email other people. */
    public boolean mayContactOthers() {
        return emailVerified();
    }

    public String name() {
        if (!loggedIn()) {
            return null;
        }
        String name = accounts.get(accountId()).displayName;
        return name == null || name.isBlank() ? null : name; // the layout then says "My account" in the page's language
    }

    /** The viewer's own specialist profile, if they have one. */
    public Optional<UUID> specialistProfile() {
        if (specialistId == null) {
            specialistId = loggedIn() ? specialists.profileIdOf(accountId()) : Optional.empty();
        }
        return specialistId;
    }

    public boolean specialist() {
        return specialistProfile().isPresent();
    }

    /** Unread messages across all of the viewer's conversations (the header badge). */
    public long unread() {
        if (unread == null) {
            unread = loggedIn() ? messaging.unreadTotal(accountId()) : 0L;
        }
        return unread;
    }

    /** This page's local path and query, for "come back here after logging in". */
    public String here() {
        return WebPaths.safeNext(request.uri());
    }

    /** {@code /login?next=<this page>}. */
    public String loginLink() {
        return loginLink(here());
    }

    public static String loginLink(String next) {
        return "/login?next=" + encodedNext(next);
    }

    /** {@code /signup?next=<this page>}: the provider's registration, then back here logged in. */
    public String signupLink() {
        return "/signup?next=" + encodedNext(here());
    }

    private static String encodedNext(String next) {
        return URLEncoder.encode(WebPaths.safeNext(next), StandardCharsets.UTF_8);
    }
}
