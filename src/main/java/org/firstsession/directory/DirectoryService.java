package org.firstsession.directory;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.Page;

/** The public directory, for the API and the website: delegates to the configured {@link DirectorySearch}. */
@ApplicationScoped
public class DirectoryService {

    /** Featured now: featured by an admin and not past its end (SQL over specialist {@code s}). */
    public static final String FEATURED = PostgresDirectorySearch.FEATURED;

    private final DirectorySearch backend;

    DirectoryService(DirectorySearch backend) {
        this.backend = backend;
    }

    public Page<DirectoryItem> search(DirectoryQuery query) {
        return backend.search(query);
    }

    public List<DirectoryItem> featured() {
        return backend.featured();
    }
}
