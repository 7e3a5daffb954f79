package org.firstsession.shared.web;

import java.util.List;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSourceProvider;

/**
 * Quarkus' outermost HTTP handler answers a URI that {@code java.net.URI} cannot parse (e.g. {@code %zz})
 * with a bare 400 before any route runs, unless the system property {@code vertx.disableURIValidation} is
 * set when that handler is built. {@link HttpEdge} applies the same test (plus strict percent escapes) and
 * answers with a problem instead. This provider contributes no configuration: it is only the earliest hook
 * of a Quarkus start (runtime configuration is read before the HTTP server is built), in the packaged app,
 * dev mode and tests alike. Registered in META-INF/services.
 */
public class UriValidationHandOver implements ConfigSourceProvider {

    static {
        System.setProperty("vertx.disableURIValidation", "true");
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ClassLoader classLoader) {
        return List.of();
    }
}
