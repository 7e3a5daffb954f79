package org.firstsession.web.admin;

import static org.firstsession.web.Paging.param;
import static org.firstsession.web.WebPaths.seeOther;

import java.util.List;
import java.util.Map;
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

import org.firstsession.contact.ContactRequestView;
import org.firstsession.contact.ContactService;
import org.firstsession.contact.ContactStatus;
import org.firstsession.shared.i18n.AdminMsg;
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
    private final AdminTexts texts;

    ContactRequestPages(ContactService contacts, Viewer viewer, AdminTexts texts) {
        this.contacts = contacts;
        this.viewer = viewer;
        this.texts = texts;
    }

    @GET
    public Response contactRequests(@QueryParam("status") String status, @QueryParam("page") String page) {
        Paging.Listing<ContactRequestView> list = Paging.list(page, FormErrors.none(), "/admin/contact?" + param("status", status),
                pageNo -> contacts.list(ContactStatus.parseFilter(status), pageNo, Paging.LIST_SIZE));
        AdminMsg t = texts.get();
        list = AdminForms.worded(list, t, Map.of("status", t.admin_contacts_choose_status()));
        return Response.status(list.status()).entity(Templates.contacts(list.items(), status, list.paging(), list.errors())).build();
    }

    /** The full request, with the message: the service audits the read. */
    @GET
    @Path("/{id}")
    public TemplateInstance contactRequest(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Templates.contact(contacts.get(id), "closed".equals(done) ? texts.get().admin_contact_done_closed() : null);
    }

    @POST
    @Path("/{id}/close")
    public Response closeContact(@PathParam("id") UUID id) {
        contacts.close(id, viewer.accountId());
        return seeOther("/admin/contact/" + id + "?done=closed");
    }
}
