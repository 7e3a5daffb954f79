package org.firstsession.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.firstsession.account.AccountService;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Msg;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The language pages are written in: a logged-in person's account language, else the {@code lang} cookie
 * set by the footer's switcher ({@link LanguagePage}), else the browser's {@code Accept-Language}, else the
 * default (English). Every page template gets it as its locale ({@link TemplateLocale}); the layout names
 * it in {@code <html lang>}.
 */
@Named("lang")
@RequestScoped
public class VisitorLanguage {

    public static final String COOKIE = "lang";

    /** One entry of the switcher: the language in its own name, and whether it is the page's. */
    public record Choice(String tag, String name, boolean current) {
    }

    private final Viewer viewer;
    private final AccountService accounts;
    private final Languages languages;
    private final HttpServerRequest request;
    private Locale locale;

    VisitorLanguage(Viewer viewer, AccountService accounts, Languages languages, HttpServerRequest request) {
        this.viewer = viewer;
        this.accounts = accounts;
        this.languages = languages;
        this.request = request;
    }

    public Locale locale() {
        if (locale == null) {
            Optional<Locale> account = viewer.loggedIn()
                    ? languages.parse(accounts.get(viewer.accountId()).language) : Optional.empty();
            Cookie cookie = request.getCookie(COOKIE);
            locale = account
                    .or(() -> languages.parse(cookie == null ? null : cookie.getValue()))
                    .or(() -> languages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))
                    .orElse(languages.fallback());
        }
        return locale;
    }

    /**
     * The language of the page being answered, for code that has no page at hand (a service's field errors
     * turned into {@link FormErrors}); the default language outside a request.
     */
    public static Locale current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.isRunning()) {
            return Locale.ENGLISH;
        }
        if (!arc.requestContext().isActive()) {
            return arc.instance(Languages.class).get().fallback();
        }
        return arc.instance(VisitorLanguage.class).get().locale();
    }

    /** What people wrote is shown in the page's language when its author gave that version (profile texts, issue #18). */
    public List<String> readerLanguages() {
        return List.of(locale().getLanguage());
    }

    /** For {@code <html lang>}: {@code en}, {@code de}, {@code fr}. */
    public String tag() {
        return locale().toLanguageTag();
    }

    /** The page's texts, for Java code that builds a message (form errors, notices). */
    public Msg messages() {
        return languages.messages(locale());
    }

    /** Another bundle's texts in the page's language, e.g. {@code FindMsg}. */
    public <T> T bundle(Class<T> type) {
        return languages.bundle(type, locale());
    }

    /** The switcher's entries, in the configured order. */
    public List<Choice> choices() {
        return languages.supported().stream()
                .map(l -> new Choice(l.toLanguageTag(), languages.nameOf(l), l.getLanguage().equals(locale().getLanguage())))
                .toList();
    }
}
