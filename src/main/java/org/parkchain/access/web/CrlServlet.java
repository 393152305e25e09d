package org.parkchain.access.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parkchain.access.boundary.CertificateAuthority;

/**
 * The public, stable addresses of the park CA: {@code /crl/market-ca.crl} (the current CRL, DER, regenerated on every
 * revocation) and {@code /crl/ca-chain.pem} (market CA and root). No login: anyone checking a certificate needs them.
 */
@WebServlet(urlPatterns = {"/crl/market-ca.crl", "/crl/ca-chain.pem"})
public class CrlServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CertificateAuthority authority;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean crl = request.getServletPath().endsWith(".crl");
        byte[] body = crl ? authority.currentCrl() : authority.chainPem().getBytes(StandardCharsets.US_ASCII);
        response.setContentType(crl ? "application/pkix-crl" : "application/x-pem-file");
        response.setHeader("Cache-Control", "no-cache");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
