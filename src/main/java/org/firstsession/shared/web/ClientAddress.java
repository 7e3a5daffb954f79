package org.firstsession.shared.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.vertx.core.http.HttpServerRequest;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the connection
 * comes from a trusted proxy ({@code PROXY_TRUSTED}, a comma-separated list of CIDRs): the header is then
 * read from the right, skipping trusted proxies, and the first address that is not one is the client (a
 * client may write anything to the left of what our proxies append). Without trusted proxies, or from any
 * other peer, the header is ignored and the connection's address is the client.
 */
@ApplicationScoped
public class ClientAddress {

    /** An IPv4 or IPv6 literal: never a name, so parsing it never asks DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<Cidr> trusted;

    @Inject
    ClientAddress(HttpLimitsConfig config) {
        this(config.proxyTrusted().orElse(List.of()));
    }

    ClientAddress(List<String> cidrs) {
        List<Cidr> parsed = new ArrayList<>();
        for (String cidr : cidrs) {
            if (!cidr.isBlank()) {
                parsed.add(Cidr.parse(cidr.strip()));
            }
        }
        this.trusted = List.copyOf(parsed);
    }

    public String of(HttpServerRequest request) {
        // The socket's peer, not request.remoteAddress(): with Quarkus' proxy-address-forwarding on, that is
        // already taken from the leftmost X-Forwarded-For entry, which the client itself may have written.
        var peerAddress = request.connection() != null && request.connection().remoteAddress() != null
                ? request.connection().remoteAddress() : request.remoteAddress();
        String peer = peerAddress == null ? "unknown" : peerAddress.hostAddress();
        return resolve(peer, request.headers().getAll("X-Forwarded-For"));
    }

    /** The client given the connection's peer address and the X-Forwarded-For header lines, in order. */
    String resolve(String peer, List<String> forwardedFor) {
        if (trusted.isEmpty() || !isTrusted(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
            return normalize(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                break; // garbage written by the client: the last trusted hop is as far as we can see
            }
            client = hop.get().getHostAddress();
            if (!isTrusted(hop.get())) {
                break;
            }
        }
        return normalize(client);
    }

    private boolean isTrusted(String address) {
        return literal(address).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        for (Cidr cidr : trusted) {
            if (cidr.contains(address)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String address) {
        return literal(address).map(InetAddress::getHostAddress).orElse(address);
    }

    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (candidate.isEmpty() || candidate.length() > 45 || !IP_LITERAL.matcher(candidate).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address block such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a block of one. */
    record Cidr(BigInteger network, int prefix, int bits) {

        static Cidr parse(String text) {
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash))
                    .orElseThrow(() -> new IllegalArgumentException("PROXY_TRUSTED: not an IP address or CIDR: " + text));
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PROXY_TRUSTED: bad prefix length in " + text);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("PROXY_TRUSTED: bad prefix length in " + text);
            }
            return new Cidr(mask(new BigInteger(1, address.getAddress()), prefix, bits), prefix, bits);
        }

        boolean contains(InetAddress address) {
            byte[] raw = address.getAddress();
            return raw.length * 8 == bits && mask(new BigInteger(1, raw), prefix, bits).equals(network);
        }

        private static BigInteger mask(BigInteger value, int prefix, int bits) {
            return value.shiftRight(bits - prefix);
        }
    }
}
