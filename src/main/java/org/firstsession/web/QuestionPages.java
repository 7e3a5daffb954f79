package org.firstsession.web;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.community.CommunityService;
import org.firstsession.community.CommunityViews.AskRequest;
import org.firstsession.community.CommunityViews.QuestionSummary;
import org.firstsession.community.CommunityViews.QuestionView;
import org.firstsession.community.QuestionQuery;
import org.firstsession.shared.FirstSessionConfig;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Msg;
import org.firstsession.specialist.Taxonomy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import java.util.ArrayList;

/** Community questions: the list, one question with its answers, asking, answering (specialists), reporting. */
@Path("/questions")
@Produces(MediaType.TEXT_HTML)
public class QuestionPages {

    static final int REASON_MAX = 1000;

    /** What was typed into the ask form. */
    public record AskInput(String title, String body, String topic, String idempotencyKey) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance questions(List<QuestionSummary> questions, String topic, String q,
                Paging paging, FormErrors errors, List<Taxonomy.Term> topics);

        static native TemplateInstance question(QuestionView question, ShareLinks share, String ogDescription,
                FormErrors errors, String answer, String notice, boolean canAnswer);

        static native TemplateInstance ask(AskInput input, FormErrors errors, List<Taxonomy.Term> topics,
                String loginToAsk);
    }

    private final CommunityService community;
    private final Viewer viewer;
    private final VisitorLanguage language;
    private final FirstSessionConfig config;

    QuestionPages(CommunityService community, Viewer viewer, FirstSessionConfig config, VisitorLanguage language) {
        this.language = language;
        this.community = community;
        this.viewer = viewer;
        this.config = config;
    }

    @GET
    @PermitAll
    public Response list(@QueryParam("topic") String topic, @QueryParam("q") String q, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        List<QuestionSummary> items = List.of();
        Paging paging = Paging.none();
        try {
            Page<QuestionSummary> found = community.list(QuestionQuery.parse(topic, q, page, null), viewer.loggedIn() ? viewer.accountId() : null);
            items = found.items();
            paging = Paging.of(found, "/questions?" + Paging.param("topic", topic) + Paging.param("q", q));
        } catch (ProblemException e) {
            errors = FormErrors.of(e);
        }
        return Response.status(errors.any() ? 400 : 200)
                .entity(Templates.questions(items, topic, q, paging, errors, topics())).build();
    }

    @GET
    @Path("/ask")
    @PermitAll
    public TemplateInstance askForm() {
        return Templates.ask(new AskInput(null, null, null, UUID.randomUUID().toString()), FormErrors.none(), topics(),
                language.messages().gate_ask());
    }

    @POST
    @Authenticated
    public Response ask(@FormParam("title") String title, @FormParam("body") String body,
            @FormParam("topic") String topic, @FormParam("idempotencyKey") String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey;
        AskInput input = new AskInput(title, body, topic, key);
        try {
            QuestionView asked = community.ask(viewer.verifiedAccountId(), key, new AskRequest(title, body, topic));
            return WebPaths.seeOther("/questions/" + asked.id() + "?asked=1");
        } catch (ProblemException refusal) {
            FormErrors errors = FormErrors.of(refusal);
            if (!errors.any()) {
                errors.add("title", FormErrors.message(refusal));
            }
            return Response.status(refusal.status())
                    .entity(Templates.ask(input, errors, topics(), language.messages().gate_ask())).build();
        }
    }

    @GET
    @Path("/{id}")
    @PermitAll
    public TemplateInstance question(@PathParam("id") UUID id, @QueryParam("asked") String asked,
            @QueryParam("reported") String reported, @QueryParam("answered") String answered) {
        Msg msg = language.messages();
        String notice = asked != null ? msg.question_published()
                : reported != null ? msg.report_thanks()
                : answered != null ? msg.answer_published() : null;
        return page(id, FormErrors.none(), null, notice);
    }

    @POST
    @Path("/{id}/answers")
    @Authenticated
    public Response answer(@PathParam("id") UUID id, @FormParam("body") String body) {
        try {
            community.answer(id, viewer.accountId(), body);
            return WebPaths.seeOther("/questions/" + id + "?answered=1");
        } catch (ProblemException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            FormErrors errors = FormErrors.of(refusal);
            return Response.status(refusal.status())
                    .entity(page(id, errors, body, errors.any() ? null : FormErrors.message(refusal))).build();
        }
    }

    @POST
    @Path("/{id}/report")
    @Authenticated
    public Response reportQuestion(@PathParam("id") UUID id, @FormParam("reason") String reason) {
        return report(id, null, reason);
    }

    @POST
    @Path("/{id}/answers/{answerId}/report")
    @Authenticated
    public Response reportAnswer(@PathParam("id") UUID id, @PathParam("answerId") UUID answerId,
            @FormParam("reason") String reason) {
        return report(id, answerId, reason);
    }

    private Response report(UUID questionId, UUID answerId, String reason) {
        Msg msg = language.messages();
        String problem = reason == null || reason.isBlank() ? msg.report_reason_missing()
                : reason.length() > REASON_MAX ? msg.booking_reason_too_long(REASON_MAX) : null;
        if (problem != null) {
            // The question's report form shows the message next to its field; an answer's at the top.
            FormErrors errors = FormErrors.none().add(answerId == null ? "reason" : "answerReason", problem);
            return Response.status(400).entity(page(questionId, errors, null,
                    answerId == null ? null : msg.report_not_sent(problem))).build();
        }
        UUID me = viewer.accountId();
        if (answerId == null) {
            community.reportQuestion(questionId, me, viewer.admin(), reason);
        } else {
            community.reportAnswer(answerId, me, viewer.admin(), reason);
        }
        return WebPaths.seeOther("/questions/" + questionId + "?reported=1");
    }

    private TemplateInstance page(UUID id, FormErrors errors, String answer, String notice) {
        QuestionView q = community.get(id, viewer.loggedIn() ? viewer.accountId() : null, viewer.admin());
        String url = config.link("/questions/" + q.id());
        String description = q.body().length() > 180 ? q.body().substring(0, 177) + "..." : q.body();
        return Templates.question(q, ShareLinks.of(url, "A question on FirstSession"), description, errors,
                answer, notice, viewer.specialist());
    }

    private static List<Taxonomy.Term> topics() {
        List<Taxonomy.Term> topics = new ArrayList<>();
        topics.add(new Taxonomy.Term("general", "General"));
        topics.addAll(Taxonomy.SPECIALTIES);
        return topics;
    }
}
