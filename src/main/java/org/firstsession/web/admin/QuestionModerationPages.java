package org.firstsession.web.admin;

import static org.firstsession.shared.i18n.Details.problem;
import static org.firstsession.web.WebPaths.seeOther;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.firstsession.community.CommunityService;
import org.firstsession.community.CommunityViews.QuestionView;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.web.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** A question with all its answers as admins see them (hidden ones marked), each with hide / restore; audited. */
@Path("/admin/questions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class QuestionModerationPages {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance question(QuestionView question, String notice);
    }

    private final CommunityService community;
    private final Viewer viewer;
    private final AdminTexts texts;

    QuestionModerationPages(CommunityService community, Viewer viewer, AdminTexts texts) {
        this.community = community;
        this.viewer = viewer;
        this.texts = texts;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance question(@PathParam("id") UUID id, @QueryParam("done") String done) {
        String notice = "hidden".equals(done) ? texts.get().admin_question_done_hidden()
                : "restored".equals(done) ? texts.get().admin_question_done_restored() : null;
        return Templates.question(community.get(id, viewer.accountId(), true), notice);
    }

    @POST
    @Path("/{id}/{action:hide|restore}")
    public Response moderateQuestion(@PathParam("id") UUID id, @PathParam("action") String action) {
        if ("hide".equals(action)) {
            community.hideQuestion(id, viewer.accountId(), true);
        } else {
            community.restoreQuestion(id, viewer.accountId(), true);
        }
        return seeOther("/admin/questions/" + id + "?done=" + (action.equals("hide") ? "hidden" : "restored"));
    }

    /** An answer of this question (one of another question is 404, as if it did not exist). */
    @POST
    @Path("/{id}/answers/{answerId}/{action:hide|restore}")
    public Response moderateAnswer(@PathParam("id") UUID id, @PathParam("answerId") UUID answerId,
            @PathParam("action") String action) {
        QuestionView question = community.get(id, viewer.accountId(), true);
        if (question.answers().stream().noneMatch(a -> a.id().equals(answerId))) {
            throw ProblemException.notFound(problem(m -> m.not_found_answer()));
        }
        if ("hide".equals(action)) {
            community.hideAnswer(answerId, viewer.accountId(), true);
        } else {
            community.restoreAnswer(answerId, viewer.accountId(), true);
        }
        return seeOther("/admin/questions/" + id + "?done=" + (action.equals("hide") ? "hidden" : "restored"));
    }
}
