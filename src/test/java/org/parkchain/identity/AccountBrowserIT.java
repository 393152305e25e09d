package org.parkchain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/** A user changes their own password on My account in real Chromium, then logs in with the new one. */
class AccountBrowserIT {
    static String base;
    ChromeDriver driver;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aUserChangesTheirOwnPasswordOnMyAccount() {
        WebClient admin = new WebClient(base);
        long resident = CanonicalJson.JSON.createReader(new java.io.StringReader(admin.getJson(
                "/api/participants?type=RESIDENT", "admin", RunningApp.DEMO_PASSWORD).body())).readArray()
                .getJsonObject(0).getJsonNumber("id").longValue();
        String username = "acct-" + System.nanoTime() % 1_000_000;
        HttpResponse<String> created = admin.postJson("/api/admin/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"Account Test\",\"password\":\"first-pass-1\",\"participantId\":" + resident
                + "}", "admin", RunningApp.DEMO_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());

        driver = Browser.start("en-GB");
        logIn(username, "first-pass-1");
        Pages.waitForTitle(driver, "My electricity");
        driver.get(base + "/account/index.xhtml");
        Pages.waitForTitle(driver, "My account");
        type("password:current", "not-my-password");
        type("password:new", "second-pass-2");
        type("password:confirmation", "second-pass-3");
        driver.findElement(By.id("password:change")).click();
        Pages.waitForText(driver, By.id("password:messages"), "Your current password is not correct.");
        Pages.waitForText(driver, By.id("password:messages"), "The two new passwords differ.");
        Browser.screenshot(driver, "account-password-refused");
        type("password:current", "first-pass-1");
        type("password:new", "second-pass-2");
        type("password:confirmation", "second-pass-2");
        driver.findElement(By.id("password:change")).click();
        Pages.waitForText(driver, By.id("password:messages"), "Your password was changed.");
        Browser.screenshot(driver, "account-password-changed");
        Pages.switchLanguage(driver, "zh", "我的账户");
        Browser.screenshot(driver, "account-zh");
        Pages.switchLanguage(driver, "en", "My account");

        driver.findElement(By.id("shell:logout")).click();
        Pages.waitForLoginPage(driver);
        logIn(username, "second-pass-2");
        Pages.waitForTitle(driver, "My electricity");
    }

    private void logIn(String user, String password) {
        driver.get(base + "/login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    private void type(String id, String text) {
        driver.findElement(By.id(id)).clear();
        driver.findElement(By.id(id)).sendKeys(text);
    }
}
