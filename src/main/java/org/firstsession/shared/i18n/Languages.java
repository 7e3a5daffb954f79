package org.firstsession.shared.i18n;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The languages the platform speaks: those in {@code quarkus.locales}, each with its
 * {@code messages/msg_<language>.properties}; the first fallback is {@code quarkus.default-locale}.
 * Parses what people send (a language code, an {@code Accept-Language} header) into one of them.
 */
@ApplicationScoped
public class Languages {

    /** How an API operation whose texts follow the caller's language documents its {@code Accept-Language}. */
    public static final String ACCEPT_LANGUAGE_DOC = "The language of the texts: en (the default), de or fr, with "
            + "q-values as browsers send them; the answer's Content-Language names the one chosen. Codes never change.";

    private final List<Locale> supported;
    private final Locale fallback;
    private final Map<String, Msg> bundles = new ConcurrentHashMap<>();
    private final Map<String, TaxonomyMsg> taxonomies = new ConcurrentHashMap<>();
    private final Map<String, Object> instances = new ConcurrentHashMap<>();
    private volatile Map<String, String> problemDetails;

    Languages(@ConfigProperty(name = "quarkus.locales") List<String> locales,
            @ConfigProperty(name = "quarkus.default-locale") String defaultLocale) {
        this.supported = locales.stream().map(String::strip).map(Locale::forLanguageTag).toList();
        this.fallback = Locale.forLanguageTag(defaultLocale);
    }

    public List<Locale> supported() {
        return supported;
    }

    public Locale fallback() {
        return fallback;
    }

    /** A supported language for a code such as {@code de} or {@code de-CH}; empty for anything else. */
    public Optional<Locale> parse(String code) {
        if (code == null || code.isBlank() || code.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.strip()).getLanguage();
        return supported.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The best supported language for an {@code Accept-Language} header (q-values honoured); empty if none fits. */
    public Optional<Locale> negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 1000) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            for (Locale.LanguageRange range : ranges) {
                if (range.getWeight() <= 0 || range.getRange().equals("*")) {
                    continue;
                }
                Optional<Locale> found = parse(range.getRange());
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The texts in {@code locale} (the fallback language's for an unsupported one). */
    public Msg messages(Locale locale) {
        Locale language = parse(locale == null ? null : locale.toLanguageTag()).orElse(fallback);
        return bundles.computeIfAbsent(language.getLanguage(), tag -> tag.equals(fallback.getLanguage())
                ? MessageBundles.get(Msg.class)
                : MessageBundles.get(Msg.class, Localized.Literal.of(tag)));
    }

    /**
     * A taxonomy code's label in {@code locale} ("anxiety" → "Angst"); the code itself for one the bundle
     * does not know. By reflection on the bundle interface: one method per code, named after it.
     */
    public String termLabel(String code, Locale locale) {
        if (code == null || !code.matches("[a-z][a-z-]{0,40}")) {
            return code == null ? "" : code;
        }
        Locale language = parse(locale == null ? null : locale.toLanguageTag()).orElse(fallback);
        TaxonomyMsg terms = taxonomies.computeIfAbsent(language.getLanguage(), tag -> tag.equals(fallback.getLanguage())
                ? MessageBundles.get(TaxonomyMsg.class)
                : MessageBundles.get(TaxonomyMsg.class, Localized.Literal.of(tag)));
        try {
            return (String) TaxonomyMsg.class.getMethod("term_" + code.replace('-', '_')).invoke(terms);
        } catch (NoSuchMethodException unknown) {
            return code;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A problem's title in {@code locale} by its type's slug, and its detail when the detail is one of the
     * platform's fixed English details (other details stay as they are: they name what the caller sent).
     */
    public String problemTitle(String slug, String english, Locale locale) {
        String key = "title_" + slug.replace('-', '_');
        return text(ProblemMsg.class, key, locale).orElse(english);
    }

    public String problemDetail(String english, Locale locale) {
        if (english == null) {
            return null;
        }
        if (problemDetails == null) {
            Map<String, String> byText = new ConcurrentHashMap<>();
            for (Method m : ProblemMsg.class.getMethods()) {
                if (m.getName().startsWith("detail_")) {
                    text(ProblemMsg.class, m.getName(), fallback).ifPresent(text -> byText.put(text, m.getName()));
                }
            }
            problemDetails = byText;
        }
        String key = problemDetails.get(english);
        return key == null ? english : text(ProblemMsg.class, key, locale).orElse(english);
    }

    /**
     * Any bundle's texts in {@code locale} (the fallback language's for an unsupported one), e.g.
     * {@code bundle(MailMsg.class, locale)}; {@link #messages(Locale)} is this for {@link Msg}.
     */
    public <T> T bundle(Class<T> bundle, Locale locale) {
        Locale language = parse(locale == null ? null : locale.toLanguageTag()).orElse(fallback);
        return bundle.cast(instances.computeIfAbsent(bundle.getName() + "/" + language.getLanguage(),
                k -> language.getLanguage().equals(fallback.getLanguage()) ? MessageBundles.get(bundle)
                        : MessageBundles.get(bundle, Localized.Literal.of(language.getLanguage()))));
    }

    /** The language of an account's {@code language} code, or the default language when it chose none. */
    public Locale ofAccount(String accountLanguage) {
        return parse(accountLanguage).orElse(fallback);
    }

    /** The text of {@code key} in a bundle, by reflection on its interface (one method per key); empty for an unknown key. */
    public <T> Optional<String> text(Class<T> bundle, String key, Locale locale) {
        Object texts = bundle(bundle, locale);
        try {
            return Optional.of((String) bundle.getMethod(key).invoke(texts));
        } catch (NoSuchMethodException unknown) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This language's own name ("Deutsch"). */
    public String nameOf(Locale locale) {
        return messages(locale).language_name();
    }
}
