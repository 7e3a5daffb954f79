package org.firstsession.shared.i18n;

import java.util.function.Function;

/**
 * Short names for the {@link Text}s of problem details and field messages, one per bundle:
 * {@code BookingProblem.SLOT_TAKEN.exception(booking(m -> m.booking_slot_taken()))}. {@link #problem} holds what
 * every area says ("is required", "The booking was not found."), the others one area's own texts.
 */
public final class Details {

    private Details() {
    }

    public static Text problem(Function<ProblemMsg, String> message) {
        return Text.of(ProblemMsg.class, message);
    }

    public static Text booking(Function<BookingDetailMsg, String> message) {
        return Text.of(BookingDetailMsg.class, message);
    }

    public static Text profile(Function<ProfileDetailMsg, String> message) {
        return Text.of(ProfileDetailMsg.class, message);
    }

    public static Text community(Function<CommunityDetailMsg, String> message) {
        return Text.of(CommunityDetailMsg.class, message);
    }
}
