package org.firstsession.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A message bundle interface answered from its {@code messages/<bundle>_<language>.properties}, without the
 * application: for unit tests of code that words its messages through a bundle ({@code web.admin.VerificationForm}).
 * Only {@code {parameter}} placeholders are filled in (what the bundles use); a key the file lacks fails loudly.
 */
public final class BundleTexts {

    private BundleTexts() {
    }

    public static <T> T of(Class<T> type, String bundle, String language) {
        Properties texts = new Properties();
        String resource = "messages/" + bundle + "_" + language + ".properties";
        try (InputStream in = BundleTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource + " does not exist");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(texts, args);
            }
            return text(texts, resource, method, args);
        }));
    }

    private static String text(Properties texts, String resource, Method method, Object[] args) {
        String text = texts.getProperty(method.getName());
        if (text == null) {
            throw new IllegalStateException(resource + " has no " + method.getName());
        }
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
