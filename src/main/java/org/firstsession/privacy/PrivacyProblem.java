package org.firstsession.privacy;

import org.firstsession.shared.error.ProblemType;

/** What the consent rules refuse. Status, slug and title of each are written here once. */
public enum PrivacyProblem implements ProblemType {

    CONSENT_REQUIRED(422, "consent-required", "Consent required",
            "Booking shares the booking and its note with the specialist: send consentVersion from GET /api/consents/booking to agree."),
    CONSENT_OUTDATED(422, "consent-outdated", "Consent outdated",
            "The consent wording has changed since the version sent; read GET /api/consents/booking and agree to the current version.");

    private final Definition definition;

    PrivacyProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
