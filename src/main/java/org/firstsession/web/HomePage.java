package org.firstsession.web;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.firstsession.directory.DirectoryItem;
import org.firstsession.directory.DirectoryService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The home page: the free-first-consultation promise, featured specialists, and a search box. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<DirectoryItem> featured);
    }

    private final DirectoryService directory;

    HomePage(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    public TemplateInstance home() {
        return Templates.home(directory.featured());
    }
}
