package org.firstsession.account;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * Deletes an erased person's login at the identity provider, when the app has an admin client for it
 * ({@code OIDC_ADMIN_USERS_URL}, {@code OIDC_ADMIN_CLIENT_ID}, {@code OIDC_ADMIN_CLIENT_SECRET}): a client-credentials
 * token, then {@code DELETE <users-url>/<subject>} (Keycloak's admin API shape). Without that client the README tells
 * the operator to delete the login at the provider. Runs after the erasure has committed, so a provider that is down
 * never keeps personal data here; it is logged (with the pseudonymous subject only) for the operator to finish.
 */
@ApplicationScoped
public class ProviderLogins {

    private static final Logger LOG = Logger.getLogger(ProviderLogins.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AccountsConfig.ProviderAdmin admin;
    private final String authServerUrl;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    ProviderLogins(AccountsConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        this.admin = config.providerAdmin();
        this.json = json;
        this.authServerUrl = authServerUrl.orElse(null);
    }

    /** Whether erasure also deletes the login at the provider. */
    public boolean configured() {
        return admin.usersUrl().isPresent() && admin.clientId().isPresent() && admin.clientSecret().isPresent();
    }

    /** Deletes the login of {@code subject}; true when the provider confirmed it (or already had no such user). */
    public boolean delete(String subject) {
        if (!configured() || subject == null) {
            return false;
        }
        try {
            String token = clientToken();
            String base = admin.usersUrl().get();
            HttpRequest request = HttpRequest.newBuilder(URI.create((base.endsWith("/") ? base : base + "/")
                    + URLEncoder.encode(subject, StandardCharsets.UTF_8)))
                    .timeout(TIMEOUT).header("Authorization", "Bearer " + token).DELETE().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2 || status == 404) {
                return true;
            }
            LOG.warnf("Erasure: the identity provider refused to delete the login of subject %s (HTTP %d); delete it there", subject, status);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Erasure: could not reach the identity provider to delete the login of subject %s (%s); delete it there",
                    subject, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private String clientToken() throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(admin.clientId().get(), StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(admin.clientSecret().get(), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenUrl())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token endpoint answered " + response.statusCode());
        }
        return json.readTree(response.body()).path("access_token").asText();
    }

    private String tokenUrl() throws IOException, InterruptedException {
        if (admin.tokenUrl().isPresent()) {
            return admin.tokenUrl().get();
        }
        String discovery = (authServerUrl.endsWith("/") ? authServerUrl : authServerUrl + "/") + ".well-known/openid-configuration";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(discovery)).timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode endpoint = json.readTree(response.body()).path("token_endpoint");
        if (endpoint.isMissingNode() || endpoint.asText().isBlank()) {
            throw new IllegalStateException("no token_endpoint in the provider's discovery document");
        }
        return endpoint.asText();
    }
}
