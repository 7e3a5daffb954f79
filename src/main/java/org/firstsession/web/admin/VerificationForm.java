package org.firstsession.web.admin;

import java.time.LocalDate;

import jakarta.ws.rs.FormParam;

import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.VerificationStatus;
import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;

/** The licence check as the admin typed it. */
public record VerificationForm(@FormParam("status") String status, @FormParam("checkedOn") String checkedOn,
        @FormParam("validUntil") String validUntil, @FormParam("note") String note) {

    /** The request the admin API would get, or null with every mistake next to its field. */
    VerificationRequest toRequest(FormErrors errors) {
        VerificationStatus parsed = null;
        try {
            parsed = VerificationStatus.valueOf(status == null ? "" : status.strip());
        } catch (IllegalArgumentException e) {
            errors.add("status", "Choose verified or rejected.");
        }
        LocalDate checked = FormFields.date(checkedOn, "checkedOn", "Give the date.", errors);
        LocalDate until = FormFields.date(validUntil, "validUntil", null, errors);
        if (note != null && note.length() > 1000) {
            errors.add("note", "Please keep the note to 1000 characters.");
        }
        return errors.any() ? null : new VerificationRequest(parsed, checked, until, note);
    }
}
