package org.firstsession.shared.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits of our own, under {@code firstsession.http.*} (Vert.x' own are {@code quarkus.http.limits.*}). */
@ConfigMapping(prefix = "firstsession.http")
public interface HttpLimitsConfig {

    /** The largest request body (declared length) outside routes that set their own, like photo uploads. */
    @WithDefault("64K")
    MemorySize maxBodySize();
}
