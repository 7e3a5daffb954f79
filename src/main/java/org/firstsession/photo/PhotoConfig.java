package org.firstsession.photo;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Photo uploads, under {@code firstsession.photos.*}. */
@ConfigMapping(prefix = "firstsession.photos")
public interface PhotoConfig {

    /** The largest upload accepted (it is re-encoded to at most 512 × 512 pixels, ~50 KB). */
    MemorySize maxUploadSize();

    /** How long browsers and proxies may keep a public photo (its address changes with every upload). */
    @WithDefault("PT24H")
    Duration cacheFor();
}
