package org.firstsession.shared.i18n;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * A text for a person that is written down before anyone knows who will read it: a problem's detail or a field
 * message, made where the rule is and rendered when the response or page is (the API in the caller's
 * {@code Accept-Language}, a page in the visitor's language). It names one message of a bundle interface and
 * its arguments, {@code Text.of(BookingDetailMsg.class, m -> m.booking_slot_taken())}, so the compiler checks
 * the key and its parameters; {@link #english()} is what the API has always said.
 * <p>
 * {@link #verbatim(String)} is for text that is not ours to translate (a library's message, what someone wrote).
 */
public final class Text {

    private final Class<?> bundle;
    private final Function<Object, String> message;
    private final String verbatim;

    private Text(Class<?> bundle, Function<Object, String> message, String verbatim) {
        this.bundle = bundle;
        this.message = message;
        this.verbatim = verbatim;
    }

    /** One message of {@code bundle}: {@code message} calls exactly one of its methods (another text of the same bundle may be an argument). */
    @SuppressWarnings("unchecked")
    public static <B> Text of(Class<B> bundle, Function<B, String> message) {
        return new Text(Objects.requireNonNull(bundle), (Function<Object, String>) Objects.requireNonNull(message), null);
    }

    /** Shown as it is in every language. */
    public static Text verbatim(String text) {
        return new Text(null, null, text);
    }

    /** Whether the text has a translation (false for {@link #verbatim(String)}). */
    public boolean translatable() {
        return bundle != null;
    }

    /** The text in {@code locale}; English for a language the platform does not speak. */
    public String in(Locale locale) {
        if (bundle == null) {
            return verbatim;
        }
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.isRunning()) {
            // Plain unit tests run rules without the application, and so without bundles.
            return key();
        }
        return message.apply(arc.instance(Languages.class).get().bundle(bundle, locale));
    }

    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The message's key and arguments, e.g. {@code booking_too_many_upcoming[3]}. */
    public String key() {
        if (bundle == null) {
            return verbatim;
        }
        Object recorder = Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle },
                (proxy, method, args) -> method.getDeclaringClass() == Object.class ? null
                        : method.getName() + (args == null ? "" : Arrays.toString(args)));
        return message.apply(recorder);
    }

    /** The message's arguments ({@code [84]} for {@code slot_days_ahead(84)}); empty for verbatim text or none. */
    public Object[] arguments() {
        if (bundle == null) {
            return new Object[0];
        }
        Object[][] seen = { new Object[0] };
        Object recorder = Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle }, (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class && args != null) {
                seen[0] = args.clone();
            }
            return "";
        });
        message.apply(recorder);
        return seen[0];
    }

    /** The message's name without its arguments ({@code booking_slot_taken}): what a page may branch on; null for verbatim text. */
    public String name() {
        if (bundle == null) {
            return null;
        }
        String key = key();
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }

    @Override
    public String toString() {
        return bundle == null ? verbatim : key();
    }
}
