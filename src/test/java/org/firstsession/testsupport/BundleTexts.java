package org.firstsession.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A message bundle interface answered from its {@code messages/<bundle>_<language>.properties}, for plain unit
 * tests of code that takes a bundle (no application running): {@code {name}} is replaced by the argument of the
 * parameter of that name. Only plain placeholders, as the bundles use them.
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
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> resource;
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            String text = texts.getProperty(method.getName());
            if (text == null) {
                throw new IllegalStateException(resource + " has no " + method.getName());
            }
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                text = text.replace("{" + parameters[i].getName() + "}", String.valueOf(args[i]));
            }
            return text;
        }));
    }
}
