package org.firstsession.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;

/**
 * Pages log people in with the authorization-code flow (tenant {@code web}, a session cookie); the API and
 * everything under {@code /q} stay on the default bearer-token tenant.
 */
@ApplicationScoped
class WebTenantResolver implements TenantResolver {

    static final String WEB_TENANT = "web";

    @Override
    public String resolve(RoutingContext context) {
        return WebPaths.isPage(context.normalizedPath()) || WebPaths.isPhoto(context.normalizedPath()) ? WEB_TENANT : null;
    }
}
