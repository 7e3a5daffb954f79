package org.firstsession.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import org.firstsession.waitlist.WaitlistViews;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * Words for the specialist and admin pages: {@code {day.dayLabel}} (the page language's day name); the
 * specialist's booking statuses are {@code web.practice.PracticeLabels}.
 */
@TemplateExtension
public class WorkLabels {

    static String dayLabel(DayOfWeek day, @TemplateAttribute("locale") Object locale) {
        return day.getDisplayName(TextStyle.FULL, pageLocale(locale));
    }

    /** {@code {e.daysLabel}}: a waitlist entry's days in the page's language, "Monday, Friday", "lundi, vendredi"; empty for any day. */
    static String daysLabel(WaitlistViews.Entry entry, @TemplateAttribute("locale") Object locale) {
        return String.join(", ", entry.days().stream().map(d -> dayLabel(d, locale)).toList());
    }

    private static Locale pageLocale(Object locale) {
        return locale instanceof Locale l ? l : locale instanceof String tag ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }

    /** {@code 0.125} → "12.5 %". */
    static String percent(double rate) {
        return String.format(Locale.ENGLISH, "%.1f %%", rate * 100);
    }

    /** {@code {code.lower}}: "QUESTION" → "question". */
    static String lower(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ROOT);
    }
}
