package org.firstsession.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which address is the client: X-Forwarded-For only counts when a trusted proxy sent it. */
class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5", "fd00::/8"));

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        ClientAddress direct = new ClientAddress(List.of());
        assertEquals("203.0.113.9", direct.resolve("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void a_header_from_an_untrusted_peer_is_ignored() {
        assertEquals("203.0.113.9", behindProxies.resolve("203.0.113.9", List.of("10.1.1.1, 198.51.100.1")));
    }

    @Test
    void from_a_trusted_proxy_the_rightmost_untrusted_hop_is_the_client() {
        assertEquals("198.51.100.1", behindProxies.resolve("10.0.0.2", List.of("198.51.100.1")));
        // A client writing its own X-Forwarded-For cannot choose its address: only what our proxies appended counts.
        assertEquals("198.51.100.1", behindProxies.resolve("10.0.0.2", List.of("6.6.6.6, 198.51.100.1, 192.168.1.5")));
        assertEquals("198.51.100.1", behindProxies.resolve("10.0.0.2", List.of("6.6.6.6", "198.51.100.1, 10.9.9.9")));
    }

    @Test
    void garbage_stops_the_walk_at_the_last_trusted_hop() {
        assertEquals("10.9.9.9", behindProxies.resolve("10.0.0.2", List.of("not-an-ip, 10.9.9.9")));
        assertEquals("10.0.0.2", behindProxies.resolve("10.0.0.2", List.of("evil.example.org")));
        assertEquals("10.0.0.2", behindProxies.resolve("10.0.0.2", List.of("")));
    }

    @Test
    void ipv6_works_and_names_are_never_resolved() {
        assertEquals("2001:db8:0:0:0:0:0:1", behindProxies.resolve("fd00::1", List.of("[2001:db8::1]")));
        assertEquals("fd00:0:0:0:0:0:0:1", behindProxies.resolve("fd00::1", List.of("localhost")));
    }

    @Test
    void a_bad_setting_fails_at_start() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.internal")));
    }
}
