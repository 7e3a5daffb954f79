package org.firstsession.web.admin;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.FormParam;

import org.firstsession.admin.AdminViews.VerificationRequest;
import org.firstsession.admin.AdminViews.VerificationStatus;
import org.firstsession.shared.i18n.AdminMsg;
import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;

/** The licence check as the admin typed it. */
public record VerificationForm(@FormParam("status") String status, @FormParam("checkedOn") String checkedOn,
        @FormParam("validUntil") String validUntil, @FormParam("note") String note) {

    /**
     * The request the admin API would get, or null with every mistake next to its field, worded in {@code t}'s
     * language. Checks what the service checks too (no check in the future, an end not before the check, an end
     * for a verified licence), so that the page says it in the admin's words.
     */
    VerificationRequest toRequest(AdminMsg t, FormErrors errors) {
        VerificationStatus parsed = null;
        try {
            parsed = VerificationStatus.valueOf(status == null ? "" : status.strip());
        } catch (IllegalArgumentException e) {
            errors.add("status", t.admin_specialist_choose_result());
        }
        LocalDate checked = date(checkedOn, "checkedOn", t.admin_specialist_give_date(), t, errors);
        LocalDate until = date(validUntil, "validUntil", null, t, errors);
        if (checked != null && checked.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            errors.add("checkedOn", t.admin_specialist_checked_in_future());
        }
        if (checked != null && until != null && until.isBefore(checked)) {
            errors.add("validUntil", t.admin_specialist_valid_before_check());
        }
        if (parsed == VerificationStatus.VERIFIED && FormFields.blank(validUntil)) {
            errors.add("validUntil", t.admin_specialist_valid_until_required());
        }
        if (note != null && note.length() > 1000) {
            errors.add("note", t.admin_note_too_long());
        }
        return errors.any() ? null : new VerificationRequest(parsed, checked, until, note);
    }

    /** A {@code yyyy-mm-dd} date; {@code missing} is the message when it is required and empty (null: optional). */
    private static LocalDate date(String value, String field, String missing, AdminMsg t, FormErrors errors) {
        if (FormFields.blank(value)) {
            if (missing != null) {
                errors.add(field, missing);
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, t.admin_specialist_date_format());
            return null;
        }
    }
}
