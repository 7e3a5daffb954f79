package org.firstsession.calendar;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.firstsession.shared.error.ProblemException;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Fetches a busy calendar's feed: at most {@code BUSY_FETCH_MAX_SIZE} bytes (after decompression), within the
 * connect and read timeouts, following at most 3 redirects (each checked like a new address), and connecting
 * to the address {@link FeedAddress#resolve()} checked (the host still names the server for TLS and
 * {@code Host}). Every failure is a {@link FetchFailed} whose message is ours: never the address, never the
 * server's text.
 */
@ApplicationScoped
class FeedFetcher {

    private static final int MAX_REDIRECTS = 3;

    private final BusyCalendarConfig config;
    private final HttpClient client;

    FeedFetcher(Vertx vertx, BusyCalendarConfig config) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.readTimeout().toMillis()).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setKeepAlive(false).setVerifyHost(true).setForceSni(true).setDecompressionSupported(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** The feed's text. */
    String fetch(FeedAddress first) throws FetchFailed {
        List<String> allow = BusyCalendarService.allowList(config);
        FeedAddress address = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            InetAddress target;
            try {
                target = address.resolve();
            } catch (FeedAddress.Refused refused) {
                throw new FetchFailed(refused.getMessage());
            }
            Answer answer = get(address, target);
            if (answer.status() >= 300 && answer.status() < 400 && answer.location() != null) {
                try {
                    address = address.follow(answer.location(), allow);
                } catch (ProblemException e) {
                    throw new FetchFailed("The calendar's server redirected to an address that is not https or not valid.");
                }
                continue;
            }
            if (answer.status() != 200) {
                throw new FetchFailed("The calendar's server answered HTTP " + answer.status() + ".");
            }
            return answer.body().toString(StandardCharsets.UTF_8);
        }
        throw new FetchFailed("The calendar's server redirected more than " + MAX_REDIRECTS + " times.");
    }

    private record Answer(int status, String location, Buffer body) {
    }

    private Answer get(FeedAddress address, InetAddress target) throws FetchFailed {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(address.port(), target.getHostAddress()))
                .setHost(address.host()).setPort(address.port()).setSsl(address.tls()).setURI(address.pathAndQuery())
                .setConnectTimeout(config.connectTimeout().toMillis()).setIdleTimeout(config.readTimeout().toMillis())
                .putHeader(HttpHeaders.ACCEPT, "text/calendar, */*;q=0.5")
                .putHeader(HttpHeaders.USER_AGENT, "FirstSession busy times");
        long cap = config.maxSize().asLongValue();
        try {
            return client.request(request).compose(r -> r.send()).compose(response -> read(response, cap))
                    .toCompletionStage().toCompletableFuture()
                    .get(config.connectTimeout().plus(config.readTimeout().multipliedBy(3)).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("The fetch was interrupted.");
        } catch (TimeoutException e) {
            throw new FetchFailed("The calendar's server did not answer in time.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchFailed failed) {
                throw failed;
            }
            if (cause instanceof SSLException || cause != null && cause.getCause() instanceof SSLException) {
                throw new FetchFailed("The secure connection to the calendar's server failed (its certificate?).");
            }
            if (cause instanceof TimeoutException || cause != null && cause.getClass().getSimpleName().contains("Timeout")) {
                throw new FetchFailed("The calendar's server did not answer in time.");
            }
            throw new FetchFailed("The calendar's server could not be reached.");
        }
    }

    private static Future<Answer> read(HttpClientResponse response, long cap) {
        if (response.statusCode() >= 300 && response.statusCode() < 400) {
            response.request().reset();
            return Future.succeededFuture(new Answer(response.statusCode(), response.getHeader(HttpHeaders.LOCATION), null));
        }
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (response.statusCode() != 200 || length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > cap) {
            response.request().reset();
            return response.statusCode() != 200 ? Future.succeededFuture(new Answer(response.statusCode(), null, null))
                    : Future.failedFuture(tooLarge(cap));
        }
        Promise<Answer> done = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + chunk.length() > cap) {
                if (done.tryFail(tooLarge(cap))) {
                    response.request().reset();
                }
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(done::tryFail);
        response.endHandler(v -> done.tryComplete(new Answer(200, null, body)));
        return done.future();
    }

    private static FetchFailed tooLarge(long cap) {
        return new FetchFailed("The calendar is larger than " + (cap >= 1024 * 1024 ? cap / (1024 * 1024) + " MB"
                : cap / 1024 + " KB") + ".");
    }

    /** A fetch that gave no feed; the message is ours, safe to show the specialist and to store. */
    static final class FetchFailed extends Exception {
        FetchFailed(String message) {
            super(message, null, false, false);
        }
    }
}
