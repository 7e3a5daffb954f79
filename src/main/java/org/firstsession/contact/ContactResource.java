package org.firstsession.contact;

import static org.firstsession.shared.i18n.Details.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.problem.ProblemDocumentation;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Text;
import org.firstsession.shared.idempotency.IdempotencyService;

@Path("/api/contact")
@Tag(name = "Contact")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContactResource {

    public static final Text LOGIN_REQUIRED = problem(m -> m.login_to_contact());

    private final ContactService contacts;
    private final CurrentUser currentUser;
    private final Languages languages;

    ContactResource(ContactService contacts, CurrentUser currentUser, Languages languages) {
        this.contacts = contacts;
        this.currentUser = currentUser;
        this.languages = languages;
    }

    /**
     * Sends a message to the platform staff. {@code @PermitAll} so that this method, not the framework,
     * answers anonymous callers: with a 401 whose detail a page can show as is.
     */
    @Operation(summary = "Write to the staff",
            description = "A logged-in person with a verified email sends a subject and message to the platform staff (201); at most 5 an hour (429). Idempotency-Key honoured. The staff email names the sender's language: the account's, else Accept-Language.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "email-not-verified")
    @POST
    @PermitAll
    @APIResponse(responseCode = "201", description = "Received; Location is the request's admin URL", content = @Content(schema = @Schema(implementation = ContactReceipt.class)))
    public Response submit(SubmitContactRequest request, @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Context UriInfo uriInfo, @Context HttpHeaders headers) {
        // The request's language names the sender's language to the staff when their account has none.
        ContactReceipt receipt = contacts.submit(currentUser.verifiedAccountId(LOGIN_REQUIRED), idempotencyKey, request,
                languages.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)).orElse(null));
        return Response.created(uriInfo.getBaseUriBuilder().path(AdminContactResource.class)
                .path(receipt.id().toString()).build()).entity(receipt).build();
    }
}
