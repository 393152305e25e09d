package org.parkchain.platform.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a state-changing request made with the browser session comes from the application's own pages. Rule: its
 * {@code Origin} (or, when a browser sends none, its {@code Referer}) must name the host (and port) the request was
 * sent to, or one of the configured extra origins; a request that names no origin at all is refused (browsers always
 * send one with a cross-site POST, so only a forged or stripped request lacks both). The scheme is not compared, so a
 * TLS-terminating proxy in front of the application does not break it.
 */
public final class SameOrigin {
    private SameOrigin() {
    }

    /**
     * @param host         the request's {@code Host} header ({@code name} or {@code name:port})
     * @param scheme       the scheme the request reached the application with
     * @param extraOrigins further allowed origins, e.g. {@code https://portal.park.example}
     */
    public static boolean allowed(String origin, String referer, String host, String scheme, Set<String> extraOrigins) {
        String claimed = origin != null && !origin.isBlank() ? origin.trim() : referer;
        if (claimed == null || claimed.isBlank() || "null".equals(claimed.trim())) {
            return false;
        }
        Optional<String> authority = authority(claimed.trim());
        if (authority.isEmpty()) {
            return false;
        }
        for (String extra : extraOrigins) {
            if (authority(extra.trim()).equals(authority)) {
                return true;
            }
        }
        return authority.get().equals(hostAuthority(host, scheme, authority.get()));
    }

    /** {@code host:port} of an absolute http(s) URL, with the scheme's default port made explicit. */
    static Optional<String> authority(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The Host header as {@code host:port}. Without a port the request came on the scheme's default port, which a
     * proxy may have changed (https outside, http inside): then the origin's own port is accepted.
     */
    private static String hostAuthority(String host, String scheme, String originAuthority) {
        if (host == null || host.isBlank()) {
            return "";
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        boolean ipv6 = h.startsWith("[");
        int colon = h.lastIndexOf(':');
        if (colon > 0 && (!ipv6 || h.lastIndexOf(']') < colon)) {
            return h;
        }
        String originPort = originAuthority.substring(originAuthority.lastIndexOf(':') + 1);
        boolean defaultPort = originPort.equals("80") || originPort.equals("443");
        return h + ":" + (defaultPort ? originPort : "https".equalsIgnoreCase(scheme) ? "443" : "80");
    }
}
