package org.firstsession.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.firstsession.directory.DirectoryConfig;
import org.firstsession.shared.i18n.FindMsg;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.specialist.PlainPhrases;
import org.firstsession.web.DirectoryPages.Filters;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The guided start ({@code /start}, issue #22): five plain questions for people who do not know the words
 * (what brings you, language, online or near a place, budget, how soon), sent as a GET to the directory, whose
 * filters they are. No account, nothing stored: the answers live in the address (bookmark it, share it), and
 * the directory links back here with them filled in. Works without JavaScript.
 * <p>
 * The budget carries its currency ({@link BudgetCurrency#preselected}); a budget that still reaches the directory
 * without one, and without a place whose country names one, comes back here with {@code missing=currency} and a
 * message at the question, never the directory's refusal.
 */
@Path("/start")
@Produces(MediaType.TEXT_HTML)
public class GuidedStartPage {

    /** Budget answers: the highest fee per regular session (in the chosen currency). */
    static final List<String> BUDGETS = List.of("50", "80", "120", "160");

    /** The value of {@code missing} with which the directory sends the answers back for a currency. */
    static final String MISSING_CURRENCY = "currency";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Filters answers, List<PlainPhrases.Phrase> needs, List<String> languages,
                List<String> budgets, List<String> currencies, String currency, boolean currencyMissing);
    }

    private final DirectoryConfig directoryConfig;
    private final VisitorLanguage language;
    private final Languages languages;

    GuidedStartPage(DirectoryConfig directoryConfig, VisitorLanguage language, Languages languages) {
        this.directoryConfig = directoryConfig;
        this.language = language;
        this.languages = languages;
    }

    @GET
    @PermitAll
    public TemplateInstance start(@BeanParam Filters answers, @QueryParam("missing") String missing,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String currency = BudgetCurrency.preselected(answers.currency, directoryConfig.defaultCurrency(), acceptLanguage,
                language.locale()).orElse(null);
        // Sent back without a currency: say so even where one is preselected now (the visitor had chosen none).
        boolean currencyMissing = MISSING_CURRENCY.equals(missing);
        return Templates.start(answers, needs(), DirectoryPages.LANGUAGES, BUDGETS, DirectoryPages.CURRENCIES,
                currency, currencyMissing);
    }

    /** The offered plain answers in the page's language ({@code FindMsg.need_<specialty>}); the file's English else. */
    private List<PlainPhrases.Phrase> needs() {
        return PlainPhrases.offered().stream()
                .map(p -> new PlainPhrases.Phrase(languages.text(FindMsg.class, "need_" + p.specialty().replace('-', '_'),
                        language.locale()).orElse(p.text()), p.specialty(), true))
                .toList();
    }
}
