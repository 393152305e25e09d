package org.parkchain.access.control;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.parkchain.platform.canonical.CanonicalJson;

/**
 * What a market certificate says about its holder, carried as Fabric CA carries identity attributes: an extension
 * with OID {@value #OID} whose value is the JSON {@code {"attrs":{...}}}. Fabric chaincode reads the same extension,
 * so a park certificate works as a Fabric client identity.
 */
public record CertificateAttributes(long participantId, String role, String licenceNumber, LocalDate licenceExpiry) {
    public static final String OID = "1.2.3.4.5.6.7.8.1";
    public static final ASN1ObjectIdentifier EXTENSION = new ASN1ObjectIdentifier(OID);

    public byte[] extensionValue() {
        var attrs = CanonicalJson.JSON.createObjectBuilder().add("parkchain.participantId", Long.toString(participantId))
                .add("parkchain.role", role);
        if (licenceNumber != null) {
            attrs.add("parkchain.licenceNumber", licenceNumber);
        }
        if (licenceExpiry != null) {
            attrs.add("parkchain.licenceExpiry", licenceExpiry.toString());
        }
        return CanonicalJson.write(CanonicalJson.JSON.createObjectBuilder().add("attrs", attrs).build())
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the attributes from a certificate, if it carries the extension. */
    public static Optional<CertificateAttributes> of(java.security.cert.X509Certificate certificate) {
        byte[] wrapped = certificate.getExtensionValue(OID);
        if (wrapped == null) {
            return Optional.empty();
        }
        try {
            byte[] json = ASN1OctetString.getInstance(wrapped).getOctets();
            JsonObject attrs = CanonicalJson.parseObject(json).getJsonObject("attrs");
            String expiry = attrs.getString("parkchain.licenceExpiry", null);
            return Optional.of(new CertificateAttributes(Long.parseLong(attrs.getString("parkchain.participantId")),
                    attrs.getString("parkchain.role"), attrs.getString("parkchain.licenceNumber", null),
                    expiry == null ? null : LocalDate.parse(expiry)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
