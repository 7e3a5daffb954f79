package org.firstsession.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Request limits and proxy trust of our own, under {@code firstsession.http.*} (Vert.x' own are {@code quarkus.http.limits.*}). */
@ConfigMapping(prefix = "firstsession.http")
public interface HttpLimitsConfig {

    /** The largest request body (declared length) outside routes that set their own, like photo uploads. */
    MemorySize maxBodySize();

    /** Longest request line (method, path and query) before a 414 problem ({@link HttpEdge}). */
    int maxRequestLine();

    /** Largest total of request headers before a 431 problem ({@link HttpEdge}). */
    MemorySize maxHeaderSize();

    /** CIDRs of reverse proxies whose X-Forwarded-For is believed ({@link ClientAddress}). */
    Optional<List<String>> proxyTrusted();
}
