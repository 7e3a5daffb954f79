package org.firstsession.messaging;

import org.firstsession.shared.error.ProblemType;

/** What conversations refuse. Status, slug and title of each are written here once. */
public enum MessagingProblem implements ProblemType {

    OWN_PROFILE(422, "own-profile", "Own profile",
            "A specialist cannot start a conversation with their own profile."),
    BLOCKED_BY_OTHER(403, "blocked-by-other", "Forbidden",
            "The other participant blocked the conversation; only they can unblock it."),
    CONVERSATION_BLOCKED(403, "conversation-blocked", "Conversation blocked",
            "The conversation is blocked, so nobody can send messages in it until the one who blocked it unblocks it."),
    SPECIALIST_SUSPENDED(403, "specialist-suspended", "Specialist suspended",
            "The specialist of this conversation is suspended: messages cannot be sent, the conversation can still be read.");

    private final Definition definition;

    MessagingProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
