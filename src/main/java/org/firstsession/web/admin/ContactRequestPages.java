package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;
import static org.firstsession.web.WebPaths.seeOther;

import java.util.List;
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

import org.firstsession.contact.ContactStatus;
import org.firstsession.contact.ContactRequestView;
import org.firstsession.contact.ContactService;
import org.firstsession.shared.Page;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.web.FormErrors;
import org.firstsession.web.Paging;
import org.firstsession.web.Viewer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Contact requests: the list without their text, one request with its message (the read is audited), close. */
@Path("/admin/contact")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("${firstsession.security.admin-role}")
public class ContactRequestPages {

    @CheckedTemplate(basePath = "admin")
    static class Templates {
        static native TemplateInstance contacts(List<ContactRequestView> items, String status, Paging paging,
                FormErrors errors);

        static native TemplateInstance contact(ContactRequestView c, String notice);
    }

    private final ContactService contacts;
    private final Viewer viewer;

    ContactRequestPages(ContactService contacts, Viewer viewer) {
        this.contacts = contacts;
        this.viewer = viewer;
    }

    @GET
    public Response contactRequests(@QueryParam("status") String status, @QueryParam("page") String page) {
        FormErrors errors = FormErrors.none();
        int pageNo = Paging.pageNumber(page, errors);
        List<ContactRequestView> items = List.of();
        Paging paging = Paging.none();
        if (!errors.any()) {
            try {
                Page<ContactRequestView> found = contacts.list(ContactStatus.parseFilter(status), pageNo, Paging.LIST_SIZE);
                items = found.items();
                paging = Paging.of(found, "/admin/contact?" + param("status", status));
            } catch (ProblemException refusal) {
                errors = FormErrors.of(refusal);
            }
        }
        return Response.status(errors.any() ? 400 : 200).entity(Templates.contacts(items, status, paging, errors)).build();
    }

    /** The full request, with the message: the service audits the read. */
    @GET
    @Path("/{id}")
    public TemplateInstance contactRequest(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Templates.contact(contacts.get(id), "closed".equals(done) ? "The request is closed." : null);
    }

    @POST
    @Path("/{id}/close")
    public Response closeContact(@PathParam("id") UUID id) {
        contacts.close(id, viewer.accountId());
        return seeOther("/admin/contact/" + id + "?done=closed");
    }
}
