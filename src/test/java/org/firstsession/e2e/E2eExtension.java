package org.firstsession.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;

/**
 * Gives an {@code *IT} class the shared {@link E2eEnvironment} (as a parameter of {@code @BeforeAll}). The
 * environment lives in JUnit's root store: started by the first class that needs it, closed by JUnit when
 * the whole run ends (a JVM shutdown hook covers an aborted run). A failed start is remembered, so the next
 * class fails at once instead of waiting for Keycloak again. On a failed test the logs' tails are printed.
 */
final class E2eExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(E2eExtension.class);

    /** The outcome of the one start attempt: the environment, or why it could not start. */
    private record Started(E2eEnvironment environment, RuntimeException failure) implements AutoCloseable {

        static Started attempt() {
            try {
                E2eEnvironment environment = E2eEnvironment.start();
                Runtime.getRuntime().addShutdownHook(new Thread(environment::close, "e2e-shutdown"));
                return new Started(environment, null);
            } catch (RuntimeException e) {
                return new Started(null, e);
            }
        }

        E2eEnvironment get() {
            if (failure != null) {
                throw new IllegalStateException("the end-to-end environment did not start: " + failure.getMessage(), failure);
            }
            return environment;
        }

        @Override
        public void close() {
            if (environment != null) {
                environment.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Failures explain themselves, without printing bearer tokens into the build output.
        RestAssured.config = RestAssured.config().logConfig(LogConfig.logConfig()
                .enableLoggingOfRequestAndResponseIfValidationFails().blacklistHeader("Authorization"));
        environment(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == E2eEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return environment(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Started started = context.getRoot().getStore(NAMESPACE).get(Started.class, Started.class);
        if (started != null && started.environment() != null) {
            System.err.println("e2e: " + context.getDisplayName() + " failed\n" + started.environment().tails());
        }
    }

    private static E2eEnvironment environment(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Started.class, key -> Started.attempt(), Started.class).get();
    }
}
