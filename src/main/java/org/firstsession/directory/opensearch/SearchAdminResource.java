package org.firstsession.directory.opensearch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins only (the role of {@code firstsession.security.admin-role}); others 403, anonymous 401. */
@Path("/api/admin/search")
@Tag(name = "Admin")
@RolesAllowed("${firstsession.security.admin-role}")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    private final SearchAdminService search;

    SearchAdminResource(SearchAdminService search) {
        this.search = search;
    }

    /** {@code {backend, documents, pending, lastIndexedAt}} plus the serving and the rebuilding index. */
    @GET
    @Path("/status")
    public SearchAdminService.SearchStatus status() {
        return search.status();
    }

    /** 202: a new index is filling; the alias moves to it when complete (see status). Audited. */
    @POST
    @Path("/reindex")
    public Response reindex() {
        return Response.accepted(search.reindex()).build();
    }
}
