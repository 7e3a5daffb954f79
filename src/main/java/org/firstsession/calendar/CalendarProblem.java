package org.firstsession.calendar;

import org.firstsession.shared.error.ProblemType;

/** What the calendar features refuse. Status, slug and title of each are written here once. */
public enum CalendarProblem implements ProblemType {

    BUSY_CALENDAR_LIMIT(409, "busy-calendar-limit", "Too many busy calendars",
            "A specialist may add at most 3 calendars whose busy times block their slots; remove one first."),
    CALENDAR_ADDRESS_NOT_ALLOWED(422, "calendar-address-not-allowed", "Calendar address not allowed",
            "The calendar address must be a public https address (or webcal://) whose host can be found; private,"
                    + " loopback, link-local and multicast addresses are refused, so the platform cannot be used to reach"
                    + " machines inside a network.");

    private final Definition definition;

    CalendarProblem(int status, String slug, String title, String explanation) {
        this.definition = new Definition(status, slug, title, explanation);
    }

    @Override
    public Definition definition() {
        return definition;
    }
}
