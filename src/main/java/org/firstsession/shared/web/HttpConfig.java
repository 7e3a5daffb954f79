package org.firstsession.shared.web;

import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** HTTP edge settings ({@code firstsession.http.*}); see application.properties and the README. */
@ConfigMapping(prefix = "firstsession.http")
public interface HttpConfig {

    /** Longest request line (method, path and query) before a 414 problem. */
    @WithDefault("4096")
    int maxRequestLine();

    /** Largest total of request headers before a 431 problem. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();

    /** CIDRs of reverse proxies whose X-Forwarded-For is believed ({@link ClientAddress}). */
    Optional<List<String>> proxyTrusted();
}
