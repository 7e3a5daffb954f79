package org.firstsession.specialist;

import org.firstsession.shared.error.ProblemType;

/** What the specialist profiles refuse. Status, slug and title of each are written here once. */
public enum SpecialistProblem implements ProblemType {

    PROFILE_EXISTS(409, "profile-exists", "Profile exists",
            "The account already has a specialist profile (one per account); edit that one instead."),
    PROFILE_INCOMPLETE(422, "profile-incomplete", "Profile incomplete",
            "The profile lacks fields a client needs to choose; errors names them. Fill them in, then publish."),
    NOT_PUBLISHED(409, "not-published", "Not published",
            "The profile has never been published, so it cannot be unpublished."),
    NOT_OWNER(403, "not-owner", "Forbidden",
            "Only the owner of the profile may change it or offer its slots."),
    NOT_A_SPECIALIST(403, "not-a-specialist", "Forbidden",
            "Only specialists with a published profile may do this (answer questions, write articles).");

    private final Definition definition;

    SpecialistProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
