package org.firstsession.directory;

import org.firstsession.shared.error.ProblemType;

/** What the directory's search administration refuses. Status, slug and title of each are written here once. */
public enum DirectoryProblem implements ProblemType {

    NO_SEARCH_INDEX(409, "no-search-index", "No search index",
            "The directory searches PostgreSQL directly (SEARCH_BACKEND=postgres), so there is no search index to rebuild.");

    private final Definition definition;

    DirectoryProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
