package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.booking;

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
import org.firstsession.shared.i18n.Text;

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
                throw new FetchFailed(refused.text());
            }
            Answer answer = get(address, target);
            if (answer.status() >= 300 && answer.status() < 400 && answer.location() != null) {
                try {
                    address = address.follow(answer.location(), allow);
                } catch (ProblemException e) {
                    throw new FetchFailed(booking(m -> m.calendar_fetch_bad_redirect()));
                }
                continue;
            }
            if (answer.status() != 200) {
                int status = answer.status();
                throw new FetchFailed(booking(m -> m.calendar_fetch_status(status)));
            }
            return answer.body().toString(StandardCharsets.UTF_8);
        }
        throw new FetchFailed(booking(m -> m.calendar_fetch_redirects(MAX_REDIRECTS)));
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
            throw new FetchFailed(booking(m -> m.calendar_fetch_interrupted()));
        } catch (TimeoutException e) {
            throw new FetchFailed(booking(m -> m.calendar_fetch_timeout()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchFailed failed) {
                throw failed;
            }
            if (cause instanceof SSLException || cause != null && cause.getCause() instanceof SSLException) {
                throw new FetchFailed(booking(m -> m.calendar_fetch_tls()));
            }
            if (cause instanceof TimeoutException || cause != null && cause.getClass().getSimpleName().contains("Timeout")) {
                throw new FetchFailed(booking(m -> m.calendar_fetch_timeout()));
            }
            throw new FetchFailed(booking(m -> m.calendar_fetch_unreachable()));
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
        String size = cap >= 1024 * 1024 ? cap / (1024 * 1024) + " MB" : cap / 1024 + " KB";
        return new FetchFailed(booking(m -> m.calendar_fetch_too_large(size)));
    }

    /** A fetch that gave no feed; the message is ours (a bundle text, no part of the address), safe to show and store. */
    static final class FetchFailed extends Exception {
        private final transient Text text;

        FetchFailed(Text text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        Text text() {
            return text;
        }
    }
}
