package org.firstsession.directory;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.Page;

import io.micrometer.core.annotation.Timed;

/** The public directory, for the API and the website: delegates to the configured {@link DirectorySearch}. */
@ApplicationScoped
public class DirectoryService {

    /** Featured now: featured by an admin and not past its end (SQL over specialist {@code s}). */
    public static final String FEATURED = PostgresDirectorySearch.FEATURED;

    private final DirectorySearch backend;

    DirectoryService(DirectorySearch backend) {
        this.backend = backend;
    }

    /** Timed as firstsession_directory_search_seconds{backend} with histogram buckets (the search alert's p99). */
    @Timed(value = "firstsession.directory.search", histogram = true, extraTags = { "backend", "postgresql" },
            description = "Directory searches")
    public Page<DirectoryItem> search(DirectoryQuery query) {
        return backend.search(query);
    }

    public List<DirectoryItem> featured() {
        return backend.featured();
    }
}
