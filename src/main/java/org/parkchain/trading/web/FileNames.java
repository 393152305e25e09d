package org.parkchain.trading.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A download's {@code Content-Disposition}: an ASCII fallback name and the real one per RFC 6266 / 5987. */
final class FileNames {
    private FileNames() {
    }

    static String attachment(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
