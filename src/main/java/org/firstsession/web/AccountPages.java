package org.firstsession.web;

import java.text.Normalizer;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.account.Account;
import org.firstsession.account.AccountService;
import org.firstsession.account.CurrentUser;
import org.firstsession.account.ProviderLogins;
import org.firstsession.contact.ContactReceipt;
import org.firstsession.contact.ContactService;
import org.firstsession.contact.SubmitContactRequest;
import org.firstsession.privacy.Consents;
import org.firstsession.privacy.PrivacyService;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.MyMsg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import java.util.List;

/** Contact us, the privacy page, and my account (time zone, language, export, delete). */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** The account as the page shows it (never the entity). */
    public record AccountSummary(String name, String email, String timeZone, String language) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contact(String subject, String message, FormErrors errors, ContactReceipt sent,
                String loginRequired, String idempotencyKey);

        static native TemplateInstance privacy(Consents.Wording booking);

        static native TemplateInstance account(AccountSummary account, List<String> zones, FormErrors errors,
                String notice, String confirmation);
    }

    private final Viewer viewer;
    private final AccountService accounts;
    private final ContactService contacts;
    private final PrivacyService privacy;
    private final Consents consents;
    private final ObjectMapper json;
    private final OidcSession session;

    private final CurrentUser currentUser;
    private final ProviderLogins providerLogins;
    private final VisitorLanguage language;
    private final Languages languages;

    AccountPages(Viewer viewer, AccountService accounts, ContactService contacts, PrivacyService privacy,
            Consents consents, ObjectMapper json, OidcSession session, CurrentUser currentUser,
            ProviderLogins providerLogins, VisitorLanguage language, Languages languages) {
        this.language = language;
        this.languages = languages;
        this.currentUser = currentUser;
        this.providerLogins = providerLogins;
        this.viewer = viewer;
        this.accounts = accounts;
        this.contacts = contacts;
        this.privacy = privacy;
        this.consents = consents;
        this.json = json;
        this.session = session;
    }

    @GET
    @Path("contact")
    @PermitAll
    public TemplateInstance contactForm() {
        return Templates.contact(null, null, FormErrors.none(), null, language.messages().gate_contact(),
                UUID.randomUUID().toString());
    }

    @POST
    @Path("contact")
    @Authenticated
    public Response contact(@FormParam("subject") String subject, @FormParam("message") String message,
            @FormParam("idempotencyKey") String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        try {
            ContactReceipt receipt = contacts.submit(viewer.verifiedAccountId(), key, new SubmitContactRequest(subject, message),
                    language.locale());
            return Response.ok(Templates.contact(null, null, FormErrors.none(), receipt, language.messages().gate_contact(),
                    UUID.randomUUID().toString())).build();
        } catch (ProblemException | ConstraintViolationException refusal) {
            FormErrors errors = FormErrors.of(refusal);
            if (!errors.any()) {
                errors.add("message", FormErrors.message(refusal));
            }
            int status = refusal instanceof ProblemException p ? p.status() : 400;
            return Response.status(status).entity(Templates.contact(subject, message, errors, null,
                    language.messages().gate_contact(), key)).build();
        }
    }

    @GET
    @Path("privacy")
    @PermitAll
    public TemplateInstance privacyPage() {
        return Templates.privacy(consents.bookingWording(language.locale()));
    }

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance account(@QueryParam("saved") String saved) {
        String notice = saved == null ? null
                : saved.equals("language") ? language.messages().account_language_saved() : language.messages().account_zone_saved();
        return accountPage(FormErrors.none(), notice, null);
    }

    @POST
    @Path("account/language")
    @Authenticated
    public Response language(@FormParam("language") String chosen) {
        try {
            accounts.changeLanguage(viewer.accountId(), chosen);
            return WebPaths.seeOther("/account?saved=language");
        } catch (ProblemException refusal) {
            return Response.status(400).entity(accountPage(FormErrors.none().add("language",
                    language.messages().account_language_invalid()), null, null)).build();
        }
    }

    @POST
    @Path("account/timezone")
    @Authenticated
    public Response timeZone(@FormParam("timeZone") String timeZone) {
        try {
            accounts.changeTimeZone(viewer.accountId(), timeZone);
            return WebPaths.seeOther("/account?saved=1");
        } catch (ProblemException refusal) {
            return Response.status(400).entity(accountPage(FormErrors.none().add("timeZone",
                    language.messages().tz_invalid()), null, null)).build();
        }
    }

    /** Everything we hold about me, as the API's GET /api/me/export gives it. */
    @GET
    @Path("account/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    public Response export() throws JsonProcessingException {
        return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsString(privacy.export(viewer.accountId())),
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"firstsession-my-data.json\"").build();
    }

    /**
     * Deletes the account (typed confirmation, as DELETE /api/me), then ends the session. The page asks for the
     * phrase in its own language ("MEIN KONTO LÖSCHEN") and takes it, or the English one the API insists on.
     */
    @POST
    @Path("account/delete")
    @Authenticated
    public Response delete(@FormParam("confirm") String confirm) {
        try {
            privacy.erase(viewer.accountId(), inEnglish(confirm));
        } catch (ProblemException refusal) {
            return Response.status(400).entity(accountPage(FormErrors.none().add("confirm",
                    language.messages().account_delete_mistyped()), null, confirm)).build();
        }
        providerLogins.delete(currentUser.subject()); // after the erasure committed; see ProviderLogins
        session.logout().await().indefinitely();
        return WebPaths.seeOther("/account/deleted");
    }

    /** The typed phrase as the service takes it: the page language's phrase becomes the English one. */
    private String inEnglish(String typed) {
        if (typed == null) {
            return null;
        }
        // NFC: "Ö" typed as O + combining diaeresis is still the phrase.
        String phrase = Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
        String localized = languages.bundle(MyMsg.class, language.locale()).account_delete_phrase();
        return phrase.equals(Normalizer.normalize(localized, Normalizer.Form.NFC)) ? PrivacyService.CONFIRMATION : phrase;
    }

    @GET
    @Path("account/deleted")
    @PermitAll
    public Response deleted() {
        return Response.ok(Templates.account(null, List.of(), FormErrors.none(),
                language.messages().account_deleted(), null)).build();
    }

    private TemplateInstance accountPage(FormErrors errors, String notice, String confirmation) {
        Account account = accounts.get(viewer.accountId());
        String chosen = account.language == null ? null
                : languages.parse(account.language).map(languages::nameOf).orElse(null);
        return Templates.account(new AccountSummary(viewer.name(), account.email, account.timeZone, chosen), TimeZonePage.ZONES,
                errors, notice, confirmation);
    }
}
