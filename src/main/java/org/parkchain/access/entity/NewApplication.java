package org.parkchain.access.entity;

import java.time.LocalDate;

/**
 * What a participant submits to apply for a certificate: either a PKCS#10 request (PEM) for its own key, or no
 * request and its login password, under which the generated key is held for it.
 */
public record NewApplication(String organisation, String licenceNumber, LocalDate licenceExpiry, String csrPem,
                             String password) {
}
