package org.firstsession.web.practice;

import java.time.LocalDate;
import java.util.Locale;

import org.firstsession.booking.BookingStatus;
import org.firstsession.shared.i18n.PracticeMsg;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Words and dates for the specialist's pages, in the page's language: {@code {t.from.slotDay}}, {@code {b.status.bookingStatusLabel}}. */
@TemplateExtension
public class PracticeLabels {

    /** A day of time off: "Tue 1 Dec 2026", "Di., 1. Dez. 2026". */
    static String slotDay(LocalDate day, @TemplateAttribute("locale") Object locale) {
        return day == null ? "" : PracticeTexts.slotDay(day, pageLocale(locale));
    }

    static String bookingStatusLabel(BookingStatus status, @TemplateAttribute("locale") Object locale) {
        PracticeMsg m = PracticeTexts.bundle(PracticeMsg.class, pageLocale(locale));
        return switch (status) {
            case CONFIRMED -> m.bstatus_confirmed();
            case CANCELLED -> m.bstatus_cancelled();
            case COMPLETED -> m.bstatus_completed();
            case NO_SHOW -> m.bstatus_no_show();
        };
    }

    private static Locale pageLocale(Object locale) {
        return locale instanceof Locale l ? l : locale instanceof String tag ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }
}
