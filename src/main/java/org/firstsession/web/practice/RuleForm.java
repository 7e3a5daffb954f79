package org.firstsession.web.practice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.FormParam;

import org.firstsession.booking.SlotRequest;
import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.shared.i18n.ScheduleMsg;
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

    /** The rule the slot service expands, or null with every mistake next to its field (in the page's language). */
    SlotRequest.Rule toRule(FormErrors errors, ScheduleMsg m, PracticeMsg p) {
        Set<DayOfWeek> dayset = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            try {
                dayset.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add("days", m.rule_err_days_list());
            }
        }
        if (dayset.isEmpty() && !errors.has("days")) {
            errors.add("days", m.rule_err_days_none());
        }
        LocalTime start = FormFields.time(startTime, "startTime", m.rule_err_start(), p.form_err_time(), errors);
        LocalTime end = FormFields.time(endTime, "endTime", m.rule_err_end(), p.form_err_time(), errors);
        LocalDate from = FormFields.date(fromDate, "fromDate", m.rule_err_from(), p.form_err_date(), errors);
        LocalDate to = FormFields.date(toDate, "toDate", m.rule_err_to(), p.form_err_date(), errors);
        return errors.any() ? null : new SlotRequest.Rule(dayset, start, end, from, to);
    }

    /** The slot service's refusal of a rule, next to the form's fields ("rule.startTime" is startTime). */
    static FormErrors refusal(ProblemException refusal, ScheduleMsg m, PracticeMsg p) {
        FormErrors out = FormErrors.none();
        FormErrors.of(refusal, Locale.ENGLISH).all().forEach((field, message) -> out.add(field.replace("rule.", ""),
                sentence(field.replace("rule.", ""), message, m, p)));
        if (!out.any()) {
            out.add("days", FormErrors.message(refusal));
        }
        return out;
    }

    private static String sentence(String field, String message, ScheduleMsg m, PracticeMsg p) {
        String label = switch (field) {
            case "startTime" -> m.rule_label_start();
            case "endTime" -> m.rule_label_end();
            case "fromDate" -> p.pr_first_day();
            case "toDate" -> p.pr_last_day();
            default -> m.rule_label_days();
        };
        return p.form_err_sentence(label, serviceMessage(message, m));
    }

    private static final Pattern WINDOW = Pattern.compile("the window must fit at least one (\\d+)-minute slot");
    private static final Pattern WEEKS = Pattern.compile("must be at most (\\d+) weeks ahead");

    /** The slot service's words about a rule (the API's English) in the page's language; others as they are. */
    static String serviceMessage(String message, ScheduleMsg m) {
        Matcher window = WINDOW.matcher(message);
        Matcher weeks = WEEKS.matcher(message);
        return switch (message) {
            case "must be after startTime" -> m.rule_svc_after_start();
            case "must be on a 5-minute boundary" -> m.rule_svc_boundary();
            case "must be today or later" -> m.rule_svc_today();
            case "must not be before fromDate" -> m.rule_svc_not_before_first();
            default -> window.matches() ? m.rule_svc_window(window.group(1))
                    : weeks.matches() ? m.rule_svc_weeks(weeks.group(1))
                    : message.replace("startTime", "the start time").replace("fromDate", "the first day");
        };
    }
}
