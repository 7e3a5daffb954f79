package org.firstsession.web;

import java.net.URI;
import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.account.AccountService;
import org.firstsession.shared.i18n.Languages;

/**
 * The footer's language switcher: a POST form (CSRF-checked like every page form, works without script)
 * that keeps the choice in the {@code lang} cookie and, for a logged-in person, in the account, whose
 * language wins over the cookie.
 */
@Path("/language")
@Produces(MediaType.TEXT_HTML)
public class LanguagePage {

    private final Languages languages;
    private final Viewer viewer;
    private final AccountService accounts;

    LanguagePage(Languages languages, Viewer viewer, AccountService accounts) {
        this.languages = languages;
        this.viewer = viewer;
        this.accounts = accounts;
    }

    @POST
    @PermitAll
    public Response choose(@FormParam("lang") String lang, @FormParam("next") String next) {
        String back = WebPaths.safeNext(next);
        return languages.parse(lang).map(language -> {
            if (viewer.loggedIn()) {
                accounts.changeLanguage(viewer.accountId(), language.toLanguageTag());
            }
            String cookie = VisitorLanguage.COOKIE + "=" + language.toLanguageTag() + "; Path=/; Max-Age="
                    + Duration.ofDays(365).toSeconds() + "; SameSite=Lax";
            return Response.seeOther(URI.create(back)).header("Set-Cookie", cookie).build();
        }).orElseGet(() -> Response.seeOther(URI.create(back)).build());
    }
}
