package org.firstsession.calendar;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.firstsession.shared.i18n.BookingDetailMsg;
import org.firstsession.shared.i18n.Languages;
import org.firstsession.shared.i18n.Text;

/**
 * Why a busy calendar's last fetch failed, as {@code busy_calendar.last_error} keeps it: the message's key and
 * arguments ({@code calendar_fetch_status[404]}), never a sentence in one language, so that the page and the API
 * say it in their reader's language. Rows stored before this (English sentences) are shown as they were written.
 */
final class CalendarFailure {

    private static final Pattern STORED = Pattern.compile("(calendar_[a-z_]+)(?:\\[(.*)])?");

    private CalendarFailure() {
    }

    /** What is stored for {@code why}: its key and arguments. */
    static String stored(Text why) {
        return why.key();
    }

    /** The stored failure in {@code locale}; null for none, the stored text itself for an older row. */
    static String render(String stored, Locale locale, Languages languages) {
        if (stored == null) {
            return null;
        }
        Matcher parts = STORED.matcher(stored);
        if (!parts.matches()) {
            return stored;
        }
        String[] args = parts.group(2) == null || parts.group(2).isEmpty() ? new String[0] : parts.group(2).split(", ", -1);
        for (Method method : BookingDetailMsg.class.getMethods()) {
            if (method.getName().equals(parts.group(1)) && method.getParameterCount() == args.length) {
                try {
                    Object[] values = new Object[args.length];
                    Class<?>[] types = method.getParameterTypes();
                    for (int i = 0; i < args.length; i++) {
                        values[i] = types[i] == int.class ? Integer.valueOf(args[i])
                                : types[i] == long.class ? Long.valueOf(args[i]) : args[i];
                    }
                    return (String) method.invoke(languages.bundle(BookingDetailMsg.class, locale), values);
                } catch (NumberFormatException | IllegalAccessException | InvocationTargetException e) {
                    return stored;
                }
            }
        }
        return stored;
    }
}
