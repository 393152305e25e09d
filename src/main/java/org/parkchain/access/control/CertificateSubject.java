package org.parkchain.access.control;

import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who a market certificate names. Rule: the subject comes from the participant register (its English and Chinese
 * names and its unified social credit code), never from text typed into an application, so a certificate cannot
 * claim another organisation's name. {@code CN} is the English name, {@code O} the Chinese name, {@code serialNumber}
 * the credit code, {@code C=CN}.
 */
public record CertificateSubject(String nameEn, String nameZh, String creditCode) {

    public X500Name x500Name() {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN").addRDN(BCStyle.SERIALNUMBER, creditCode)
                .addRDN(BCStyle.O, nameZh).addRDN(BCStyle.CN, nameEn).build();
    }

    /** The distinguished name as the regulator reads it before approving (RFC 4514 order, most specific first). */
    public String distinguishedName() {
        return "CN=" + escape(nameEn) + ", O=" + escape(nameZh) + ", serialNumber=" + escape(creditCode) + ", C=CN";
    }

    private static String escape(String value) {
        return IETFUtils.valueToString(new DERUTF8String(value));
    }
}
