package org.parkchain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkchain.access.control.Pki;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.RunningApp;

/**
 * Real headless Chromium: a resident applies for a certificate with a held key, the regulator approves it (in
 * Chinese), the resident downloads the key file and the certificate, signs a statement after the confirmation step,
 * the regulator revokes the certificate, and the resident's next signed action is refused and logged.
 */
class AccessBrowserIT {
    static final String RESIDENT = "resident09";
    static String base;
    ChromeDriver resident;
    ChromeDriver regulator;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @AfterEach
    void quit() {
        for (ChromeDriver d : new ChromeDriver[] {resident, regulator}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void applyApproveDownloadSignRevoke() throws Exception {
        Path downloads = Files.createDirectories(Path.of("target", "downloads", "access-" + System.nanoTime()));
        resident = Browser.start("en-GB", downloads);
        Pages.logIn(resident, base, RESIDENT);
        Pages.waitForTitle(resident, "My electricity");
        assertTrue(text(resident, "certificate-standing").contains("none yet"), "home page says there is none");
        resident.findElement(By.id("nav-access")).click();
        Pages.waitForTitle(resident, "Market access");
        assertTrue(text(resident, "standing-text").contains("You have no market certificate yet"));
        // regression: the hints once pushed the CSR field into the label column of the form grid
        assertTrue(resident.findElement(By.id("apply:csr")).getRect().getX() > resident.findElement(
                By.cssSelector("label[for='apply:csr']")).getRect().getX() + 100, "field beside its label");

        // the certificate will name the participant as registered: no organisation to type
        assertTrue(text(resident, "apply:subject").contains("serialNumber="), text(resident, "apply:subject"));
        assertTrue(resident.findElements(By.id("apply:organisation")).isEmpty());

        // a generated key needs the login password: refused with a message, nothing saved
        resident.findElement(By.id("apply:submit")).click();
        Pages.waitForText(resident, By.id("messages"), "The password is not correct.");
        assertTrue(text(resident, "applications").contains("No applications yet."));
        resident.findElement(By.id("apply:password")).sendKeys(RunningApp.DEMO_PASSWORD);
        resident.findElement(By.id("apply:submit")).click();
        Pages.waitForText(resident, By.id("messages"), "submitted. The regulator will review it.");
        assertTrue(text(resident, "applications").contains("Waiting for the regulator"));
        assertTrue(text(resident, "pending-text").contains("waiting for the regulator"));
        Browser.screenshot(resident, "access-applied-en");

        // the regulator approves, in Chinese
        regulator = Browser.start("en-GB");
        Pages.logIn(regulator, base, "regulator");
        Pages.waitForTitle(regulator, "Supervision");
        regulator.findElement(By.id("nav-access-review")).click();
        Pages.waitForTitle(regulator, "Applications");
        Pages.switchLanguage(regulator, "zh", "证书申请");
        Browser.screenshot(regulator, "access-queue-zh");
        assertTrue(regulator.findElement(By.xpath("//tr[contains(., '" + RESIDENT + "')]")).getText()
                .contains("serialNumber="), "the regulator sees what will be certified");
        regulator.findElement(By.xpath("//tr[contains(., '" + RESIDENT + "')]//button[contains(@id, 'approve')]"))
                .click();
        Pages.waitForText(regulator, By.id("review:messages"), "已批准");
        Browser.screenshot(regulator, "access-review-zh");

        // the resident's certificate, key file and signing
        resident.navigate().refresh();
        Pages.waitForTitle(resident, "Market access");
        assertTrue(text(resident, "standing-text").contains("is valid until"), text(resident, "standing-text"));
        String serial = resident.findElement(By.cssSelector("#certificates tbody tr td span.pc-mono")).getText();
        resident.findElement(By.id("keys:bundle-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        resident.findElement(By.cssSelector("[id$='download-bundle']")).click();
        KeyStore p12 = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Pages.waitForDownload(downloads, ".p12"))) {
            p12.load(in, RunningApp.DEMO_PASSWORD.toCharArray());
        }
        X509Certificate inBundle = (X509Certificate) p12.getCertificateChain("parkchain")[0];
        assertEquals(serial, inBundle.getSerialNumber().toString(16));
        assertEquals(3, p12.getCertificateChain("parkchain").length, "with the market CA and the root");
        resident.findElement(By.cssSelector("a.pc-pem")).click();
        X509Certificate pem = Pki.parseCertificatePem(Files.readString(Pages.waitForDownload(downloads, ".pem")))
                .orElseThrow();
        assertEquals(inBundle, pem);
        resident.navigate().refresh();
        Pages.waitForTitle(resident, "Market access");
        assertTrue(resident.findElements(By.id("keys:bundle-password")).isEmpty(), "the key file is delivered once");

        resident.findElement(By.id("check:start-key-check")).click();
        Pages.waitForText(resident, By.id("signing-sentence"), "You sign a test statement to check that your key works");
        assertTrue(text(resident, "signing-fields").contains("Zhou Qiang 周强 (" + RESIDENT + ")"),
                "the page shows who signs: " + text(resident, "signing-fields"));
        resident.executeScript("document.getElementById('signing-step').scrollIntoView()");
        Browser.screenshot(resident, "access-signing-en");
        resident.findElement(By.id("check:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        resident.findElement(By.id("check:signing-confirm")).click();
        Pages.waitForText(resident, By.id("messages"), "Signature verified. Certificate fingerprint:");
        Browser.screenshot(resident, "access-certificate-en");
        // the resident opens the step again; while it is open, the certificate is revoked
        resident.findElement(By.id("check:start-key-check")).click();
        Pages.waitForText(resident, By.id("signing-sentence"), "You sign a test statement");

        // the regulator revokes; a reason is required
        regulator.get(base + "/regulator/certificates.xhtml");
        Pages.waitForTitle(regulator, "证书登记册");
        regulator.findElement(By.xpath("//tr[contains(., '" + serial + "')]//button[contains(@id, 'revoke')]"))
                .click();
        Pages.waitForText(regulator, By.id("revoke-panel"), "吊销证书");
        regulator.findElement(By.id("registry:confirm-revoke")).click();
        Pages.waitForText(regulator, By.id("registry:messages"), "请选择吊销原因");
        regulator.executeScript("PF('revokeReason').selectValue('1')");
        regulator.findElement(By.id("registry:confirm-revoke")).click();
        Pages.waitForText(regulator, By.id("registry:messages"), "已吊销");
        assertTrue(regulator.findElement(By.xpath("//tr[contains(., '" + serial + "')]")).getText()
                .contains("密钥泄露"), "the reason is shown");
        Browser.screenshot(regulator, "access-registry-zh");

        // the signature made in the open step is refused and logged; the step does not open again
        resident.findElement(By.id("check:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        resident.findElement(By.id("check:signing-confirm")).click();
        Pages.waitForText(resident, By.id("messages"), "Refused: the certificate has been revoked.");
        resident.findElement(By.id("check:start-key-check")).click();
        Pages.waitForText(resident, By.id("messages"), "Your market certificate was revoked. Apply for a new one");
        assertTrue(resident.findElements(By.id("signing-step")).isEmpty(), "no password is asked for");
        resident.navigate().refresh();
        Pages.waitForTitle(resident, "Market access");
        assertTrue(text(resident, "standing-text").contains("was revoked by the regulator"));
        Pages.switchLanguage(resident, "zh", "市场准入");
        assertTrue(text(resident, "standing-text").contains("已被监管机构吊销"));
        Browser.screenshot(resident, "access-revoked-zh");
        Pages.switchLanguage(resident, "en", "Market access");

        regulator.findElement(By.id("tab-denials")).click();
        Pages.waitForTitle(regulator, "准入拒绝记录");
        String log = text(regulator, "log:denials");
        assertTrue(log.contains(RESIDENT) && log.contains("已拒绝：该证书已被吊销。"), log);
        Browser.screenshot(regulator, "access-denials-zh");
        Pages.switchLanguage(regulator, "en", "Access denials");
    }

    private static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
