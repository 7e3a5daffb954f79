package org.firstsession.web.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;

import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.PracticeMsg;
import org.firstsession.shared.i18n.ScheduleMsg;
import org.firstsession.web.VisitorLanguage;

import io.quarkus.arc.Arc;

/**
 * The specialist pages' texts in the page's language ({@link VisitorLanguage}), for what Java writes: notices,
 * form errors, slot times. Slot times are in the profile's zone (not the viewer's), so they have formats of their
 * own ({@code format_slot_time}, with the year: rules reach 12 weeks ahead).
 */
@RequestScoped
public class PracticeTexts {

    private final VisitorLanguage language;

    PracticeTexts(VisitorLanguage language) {
        this.language = language;
    }

    public Locale locale() {
        return language.locale();
    }

    public PracticeMsg practice() {
        return bundle(PracticeMsg.class, locale());
    }

    public ScheduleMsg schedule() {
        return bundle(ScheduleMsg.class, locale());
    }

    /** "Tue 1 Dec 2026, 14:00", "Di., 1. Dez. 2026, 14:00": a slot's start in {@code zone}, without the zone's name. */
    public String slotTime(Instant at, ZoneId zone) {
        return at == null ? null : slotTime(LocalDateTime.ofInstant(at, zone));
    }

    public String slotTime(LocalDateTime local) {
        return slotTimeFormat(locale()).format(local);
    }

    static DateTimeFormatter slotTimeFormat(Locale locale) {
        return DateTimeFormatter.ofPattern(bundle(ScheduleMsg.class, locale).format_slot_time(), locale);
    }

    /** "Tue 1 Dec 2026", "Di., 1. Dez. 2026". */
    static String slotDay(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern(bundle(ScheduleMsg.class, locale).format_slot_day(), locale).format(day);
    }

    /** A bundle's texts in {@code locale}; the default language's for the default or an unsupported one. */
    static <T> T bundle(Class<T> type, Locale locale) {
        return Arc.container().instance(Languages.class).get().bundle(type, locale);
    }
}
