package org.firstsession.web.practice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.FormParam;

import org.firstsession.booking.SlotRequest;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.web.FormErrors;
import org.firstsession.web.FormFields;

/**
 * The weekly-rule form as typed: the days, the hours, the first and last day, and which button was
 * pressed ({@code action=create} saves; anything else previews).
 */
public record RuleForm(@FormParam("days") List<String> days, @FormParam("startTime") String startTime,
        @FormParam("endTime") String endTime, @FormParam("fromDate") String fromDate,
        @FormParam("toDate") String toDate, @FormParam("action") String action,
        @FormParam("idempotencyKey") String idempotencyKey) {

    static RuleForm empty() {
        return new RuleForm(List.of(), "09:00", "12:00", null, null, null, UUID.randomUUID().toString());
    }

    /** As posted, with no ticked day an empty list and an idempotency key even when the form lost it. */
    RuleForm posted() {
        return new RuleForm(FormFields.ticked(days), startTime, endTime, fromDate, toDate, action,
                FormFields.keyOrNew(idempotencyKey));
    }

    public boolean day(String day) {
        return days != null && days.contains(day);
    }

    boolean create() {
        return "create".equals(action);
    }

    /** The rule the slot service expands, or null with every mistake next to its field. */
    SlotRequest.Rule toRule(FormErrors errors) {
        Set<DayOfWeek> dayset = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            try {
                dayset.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("days", "Choose days from the list.");
            }
        }
        if (dayset.isEmpty() && !errors.has("days")) {
            errors.add("days", "Choose at least one day of the week.");
        }
        LocalTime start = FormFields.time(startTime, "startTime", "Give the time the first slot starts.", errors);
        LocalTime end = FormFields.time(endTime, "endTime", "Give the time the last slot ends.", errors);
        LocalDate from = FormFields.date(fromDate, "fromDate", "Give the first day.", errors);
        LocalDate to = FormFields.date(toDate, "toDate", "Give the last day.", errors);
        return errors.any() ? null : new SlotRequest.Rule(dayset, start, end, from, to);
    }

    /** The slot service's refusal of a rule, next to the form's fields ("rule.startTime" is startTime). */
    static FormErrors refusal(ProblemException refusal) {
        FormErrors out = FormErrors.none();
        FormErrors.of(refusal).all().forEach((field, message) -> out.add(field.replace("rule.", ""),
                sentence(field.replace("rule.", ""), message)));
        if (!out.any()) {
            out.add("days", FormErrors.message(refusal));
        }
        return out;
    }

    private static String sentence(String field, String message) {
        String label = switch (field) {
            case "startTime" -> "Start time";
            case "endTime" -> "End time";
            case "fromDate" -> "First day";
            case "toDate" -> "Last day";
            default -> "Days";
        };
        return label + ": " + message.replace("startTime", "the start time").replace("fromDate", "the first day") + ".";
    }
}
