package org.firstsession.community;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.community.CommunityViews.AnswerView;
import org.firstsession.community.CommunityViews.QuestionView;
import org.firstsession.problem.ProblemDocumentation;
/**
 * Admins hide and restore community posts; every admin call is in the audit log, refusals included. The
 * role is checked before anything else runs, so a non-admin gets 403 and leaves no trace (no account
 * lookup, no audit row: issue #14 found any user could append "refused" rows here).
 */
@Path("/api/admin")
@Tag(name = "Admin: questions and answers")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
public class AdminCommunityResource {

    private final CommunityService community;
    private final CurrentUser currentUser;

    AdminCommunityResource(CommunityService community, CurrentUser currentUser) {
        this.community = community;
        this.currentUser = currentUser;
    }

    @Operation(summary = "Hide a question",
            description = "Admin only. Hides a question for everyone but admins; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "admin-only")
    @POST
    @Path("/questions/{id}/hide")
    public QuestionView hideQuestion(@PathParam("id") UUID id) {
        return community.hideQuestion(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @Operation(summary = "Restore a question",
            description = "Admin only. Shows a hidden question again; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "admin-only")
    @POST
    @Path("/questions/{id}/restore")
    public QuestionView restoreQuestion(@PathParam("id") UUID id) {
        return community.restoreQuestion(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @Operation(summary = "Hide an answer",
            description = "Admin only. Hides an answer for everyone but admins; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "admin-only")
    @POST
    @Path("/answers/{id}/hide")
    public AnswerView hideAnswer(@PathParam("id") UUID id) {
        return community.hideAnswer(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @Operation(summary = "Restore an answer",
            description = "Admin only. Shows a hidden answer again; audited.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "admin-only")
    @POST
    @Path("/answers/{id}/restore")
    public AnswerView restoreAnswer(@PathParam("id") UUID id) {
        return community.restoreAnswer(id, currentUser.accountId(), currentUser.isAdmin());
    }
}
