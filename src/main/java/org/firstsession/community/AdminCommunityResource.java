package org.firstsession.community;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.community.CommunityViews.AnswerView;
import org.firstsession.community.CommunityViews.QuestionView;
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

    @POST
    @Path("/questions/{id}/hide")
    public QuestionView hideQuestion(@PathParam("id") UUID id) {
        return community.hideQuestion(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @POST
    @Path("/questions/{id}/restore")
    public QuestionView restoreQuestion(@PathParam("id") UUID id) {
        return community.restoreQuestion(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @POST
    @Path("/answers/{id}/hide")
    public AnswerView hideAnswer(@PathParam("id") UUID id) {
        return community.hideAnswer(id, currentUser.accountId(), currentUser.isAdmin());
    }

    @POST
    @Path("/answers/{id}/restore")
    public AnswerView restoreAnswer(@PathParam("id") UUID id) {
        return community.restoreAnswer(id, currentUser.accountId(), currentUser.isAdmin());
    }
}
