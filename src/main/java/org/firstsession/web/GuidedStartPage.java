package org.firstsession.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.firstsession.specialist.PlainPhrases;
import org.firstsession.web.DirectoryPages.Filters;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The guided start ({@code /start}, issue #22): five plain questions for people who do not know the words
 * (what brings you, language, online or near a place, budget, how soon), sent as a GET to the directory, whose
 * filters they are. No account, nothing stored: the answers live in the address (bookmark it, share it), and
 * the directory links back here with them filled in. Works without JavaScript.
 */
@Path("/start")
@Produces(MediaType.TEXT_HTML)
public class GuidedStartPage {

    /** Budget answers: the highest fee per regular session (in the chosen currency). */
    static final List<String> BUDGETS = List.of("50", "80", "120", "160");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Filters answers, List<PlainPhrases.Phrase> needs, List<String> languages,
                List<String> budgets, List<String> currencies);
    }

    @GET
    @PermitAll
    public TemplateInstance start(@BeanParam Filters answers) {
        return Templates.start(answers, PlainPhrases.offered(), DirectoryPages.LANGUAGES, BUDGETS, DirectoryPages.CURRENCIES);
    }
}
