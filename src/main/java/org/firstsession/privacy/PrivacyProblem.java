package org.firstsession.privacy;

import org.firstsession.shared.error.ProblemType;

/** What the consent rules refuse. Status, slug and title of each are written here once. */
public enum PrivacyProblem implements ProblemType {

    CONSENT_REQUIRED(422, "consent-required", "Consent required",
            "Booking shares the booking and its note with the specialist: send consentVersion from GET /api/consents/booking to agree."),
    CONSENT_OUTDATED(422, "consent-outdated", "Consent outdated",
            "The consent wording has changed since the version sent; read GET /api/consents/booking and agree to the current version.");

    private final int status;
    private final String slug;
    private final String title;
    private final String explanation;

    PrivacyProblem(int status, String slug, String title, String explanation) {
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
