package org.firstsession.calendar;

import static org.firstsession.shared.i18n.Details.booking;
import static org.firstsession.shared.i18n.Details.problem;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;

import org.firstsession.shared.error.ProblemException;
import org.firstsession.shared.i18n.Text;

/**
 * A calendar address a specialist gave, checked so that fetching it cannot be used to reach machines the
 * platform can see and the internet cannot (SSRF): https only (a {@code webcal://} address is read as
 * https, as calendar apps do), no user name or password in it, and every address its host resolves to must be
 * public — not loopback, private (RFC 1918, IPv6 unique-local), link-local (cloud metadata at 169.254.169.254),
 * multicast, carrier-grade NAT or otherwise reserved. The fetcher connects to the address checked here, not to
 * a second lookup, so a host cannot resolve to a public address for the check and a private one for the fetch.
 *
 * <p>{@code host:port} pairs on the allow-list ({@code BUSY_FETCH_ALLOW}) skip the address check and may use
 * plain http: the tests' local calendar server, or a deliberate intranet calendar.
 *
 * @param tls          https (else allow-listed http)
 * @param host         the host as written (an IPv6 literal without brackets)
 * @param pathAndQuery what is asked of the host
 */
record FeedAddress(boolean tls, String host, int port, String pathAndQuery, boolean allowListed) {

    static final int MAX_LENGTH = 2000;

    /** Parses and checks the form of an address (not yet where it leads): 400 naming {@code url} when it is wrong. */
    static FeedAddress parse(String raw, Collection<String> allow) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("url", problem(m -> m.field_blank()));
        }
        String text = raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalid("url", problem(m -> m.field_max_chars(MAX_LENGTH)));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("webcal://") || lower.startsWith("webcals://")) {
            text = "https://" + text.substring(text.indexOf("://") + 3);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", booking(m -> m.calendar_url_invalid()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getRawAuthority() == null) {
            throw ProblemException.invalid("url", booking(m -> m.calendar_url_https()));
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.invalid("url", booking(m -> m.calendar_url_credentials()));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw ProblemException.invalid("url", booking(m -> m.calendar_url_no_host()));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        int port = uri.getPort() == -1 ? (tls ? 443 : 80) : uri.getPort();
        boolean allowListed = allow.contains(host + ":" + port);
        if (!tls && !allowListed) {
            throw ProblemException.invalid("url", booking(m -> m.calendar_url_https()));
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new FeedAddress(tls, bare, port, uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(), allowListed);
    }

    /** A redirect's {@code Location}, relative to this address, checked like a new address. */
    FeedAddress follow(String location, Collection<String> allow) {
        URI base = URI.create((tls ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port
                + pathAndQuery);
        try {
            return parse(base.resolve(new URI(location.strip())).toString(), allow);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw ProblemException.invalid("url", booking(m -> m.calendar_url_bad_redirect()));
        }
    }

    /**
     * The address to connect to: the first the host resolves to, once every one of them has been checked.
     *
     * @throws Refused when the host cannot be found or leads to an address that is not public
     */
    InetAddress resolve() throws Refused {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException | RuntimeException e) {
            throw new Refused(booking(m -> m.calendar_host_unknown()));
        }
        if (!allowListed) {
            for (InetAddress address : all) {
                if (!isPublic(address)) {
                    throw new Refused(booking(m -> m.calendar_private_address()));
                }
            }
        }
        return all[0];
    }

    /** Whether an address is on the public internet (the conservative reading: when in doubt, not). */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // carrier-grade NAT, 100.64.0.0/10
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 2) // documentation
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && !(first == 198 && second == 51 && (b[2] & 0xff) == 100) // documentation
                    && !(first == 203 && second == 0 && (b[2] & 0xff) == 113) // documentation
                    && first < 224; // multicast and reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique-local fc00::/7
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // documentation 2001:db8::/32
            }
            // Addresses that carry an IPv4 address: judge the IPv4 address.
            if (allZero(b, 0, 12)) {
                return !allZero(b, 12, 16) && isPublic(v4(b, 12)); // ::a.b.c.d (and ::, ::1)
            }
            if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
                return isPublic(v4(b, 12)); // NAT64 64:ff9b::/96
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return isPublic(v4(b, 2)); // 6to4 2002::/16
            }
            return true;
        }
        return false;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] b, int at) {
        try {
            return InetAddress.getByAddress(new byte[] { b[at], b[at + 1], b[at + 2], b[at + 3] });
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The address may not be fetched; the message is ours (no part of the address), safe to show and store
     * (stored in English, the calendar's last error; the API answers it in the caller's language).
     */
    static final class Refused extends Exception {
        private final transient Text text;

        Refused(Text text) {
            super(text.english(), null, false, false);
            this.text = text;
        }

        Text text() {
            return text;
        }
    }
}
