package org.firstsession.photo;

import org.firstsession.shared.error.ProblemType;

/** What the profile photo upload refuses. Status, slug and title of each are written here once. */
public enum PhotoProblem implements ProblemType {

    PHOTO_UNUSABLE(422, "photo-unusable", "Photo unusable",
            "The upload is not a JPEG or PNG image we can read, or it is smaller than 64 or larger than 6000 pixels a side.");

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    PhotoProblem(int status, String slug, String title, String explanation) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.explanation = explanation;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String explanation() {
        return explanation;
    }
}
