package org.firstsession.directory.opensearch;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.problem.ProblemDocumentation;

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
    @Operation(summary = "Search index status",
            description = "Admins only. The directory's search backend, the documents indexed, the changes waiting in the outbox, "
                    + "the last indexing time, the serving index and the one being rebuilt. 503 when OpenSearch cannot be reached.")
    @GET
    @Path("/status")
    public SearchAdminService.SearchStatus status() {
        return search.status();
    }

    /** 202: a new index is filling; the alias moves to it when complete (see status). Audited. */
    @Operation(summary = "Rebuild the search index",
            description = "Admins only; audited. Answers 202: a new index is filling, and the alias moves to it when complete (see the status). "
                    + "409 no-search-index when the directory searches PostgreSQL; 503 when OpenSearch cannot be reached.")
    @Extension(name = ProblemDocumentation.EXTENSION, value = "no-search-index")
    @APIResponse(responseCode = "202", description = "The rebuild has started", content = @Content(schema = @Schema(implementation = SearchAdminService.SearchStatus.class)))
    @POST
    @Path("/reindex")
    public Response reindex() {
        return Response.accepted(search.reindex()).build();
    }
}
