package org.firstsession.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Test resources every {@code @QuarkusTest} shares. */
@SuppressWarnings("deprecation")
@QuarkusTestResource(OidcTestServer.class)
@QuarkusTestResource(IcsTestServer.class)
public final class GlobalTestResources {
    private GlobalTestResources() {
    }
}
