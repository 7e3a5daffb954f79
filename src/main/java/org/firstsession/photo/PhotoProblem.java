package org.firstsession.photo;

import org.firstsession.shared.error.ProblemType;

/** What the profile photo upload refuses. Status, slug and title of each are written here once. */
public enum PhotoProblem implements ProblemType {

    PHOTO_UNUSABLE(422, "photo-unusable", "Photo unusable",
            "The upload is not a JPEG or PNG image we can read, or it is smaller than 64 or larger than 6000 pixels a side.");

    private final Definition definition;

    PhotoProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
