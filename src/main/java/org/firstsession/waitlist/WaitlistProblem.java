package org.firstsession.waitlist;

import org.firstsession.shared.error.ProblemType;

/** The waitlist's rules: what joining or answering an offer can refuse. Status, slug and title written once. */
public enum WaitlistProblem implements ProblemType {

    ALREADY_WAITING(409, "already-waiting", "Already on the waitlist",
            "The client is already on this specialist's waitlist; one entry per client and specialist."),
    TOO_MANY_WAITLISTS(409, "too-many-waitlists", "Too many waitlists",
            "The client is already on the most waitlists allowed at once (5); leave one first."),
    OWN_WAITLIST(422, "own-waitlist", "Own waitlist",
            "A specialist cannot join the waitlist of their own profile."),
    OFFER_CLOSED(409, "offer-closed", "Offer no longer open",
            "The offer was already accepted or declined, or its hold ran out; the slot went to the next client.");

    private final Definition definition;

    WaitlistProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
