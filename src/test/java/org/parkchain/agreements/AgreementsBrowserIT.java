package org.parkchain.agreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkchain.platform.canonical.CanonicalJson;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * The resident's journey in a real browser, in English: a bad meter file is refused by line, a good one becomes the
 * profile, the recommendation ranks the plans with a chart and an explanation, and the resident signs a plan through
 * the signing step; then the sales company, in Chinese, countersigns it through the same step, and the resident
 * sees the agreement in force, in both languages. Both hold keys issued by the park CA beforehand.
 */
class AgreementsBrowserIT {
    static final String RESIDENT = "resident21";
    static final String SALES = "sales4";
    static String base;
    ChromeDriver resident;
    ChromeDriver sales;

    /** The demo park gives both parties a certificate with a held key at first start; nothing is set up here. */
    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @AfterEach
    void quit() {
        for (ChromeDriver d : new ChromeDriver[] {resident, sales}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    @Test
    void uploadRecommendSignAndCountersign() throws Exception {
        Path bad = Files.writeString(Files.createDirectories(Path.of("target", "agreements")).resolve("bad.csv"),
                "timestamp,kWh\n2026-03-01 00:00,0.5\n2026-03-01 01:00,lots\n");
        Path good = Files.writeString(Path.of("target", "agreements", "march.csv"), AgreementsIT.hourly(
                LocalDateTime.of(2026, 3, 2, 0, 0), 14 * 24).replace(",0.5\n", ",2.5\n"));

        resident = Browser.start("en-GB");
        Pages.logIn(resident, base, RESIDENT);
        Pages.waitForTitle(resident, "My electricity");
        resident.findElement(By.id("nav-profile")).click();
        Pages.waitForTitle(resident, "My load profile");
        assertTrue(text(resident, "no-profile").contains("no load profile yet"));
        resident.findElement(By.id("upload:file")).sendKeys(bad.toAbsolutePath().toString());
        resident.findElement(By.id("upload:upload-button")).click();
        Pages.waitForText(resident, By.id("messages"), "Line 3: \"lots\" is not a number of kWh.");
        assertTrue(text(resident, "no-profile").contains("no load profile yet"), "nothing saved");
        resident.findElement(By.id("upload:file")).sendKeys(good.toAbsolutePath().toString());
        resident.findElement(By.id("upload:upload-button")).click();
        Pages.waitForText(resident, By.id("messages"), "Profile saved: 21,900 kWh a year.");
        assertTrue(text(resident, "profile-summary").contains("Uploaded meter readings"));
        Browser.screenshot(resident, "agreements-profile-en");

        resident.findElement(By.id("nav-plans")).click();
        Pages.waitForTitle(resident, "Plans for me");
        assertTrue(text(resident, "explanation").contains("comes first: for a year like yours"),
                text(resident, "explanation"));
        assertEquals(offeredPlans(), resident.findElements(By.cssSelector("#ranking\\:plans tbody tr")).size());
        assertEquals(12 + 1, resident.findElements(By.cssSelector("#chart svg rect[fill='#8a8a8a']")).size(),
                "twelve monthly bars of the catalog tariff and its legend");
        Browser.screenshot(resident, "agreements-recommendation-en");
        resident.findElement(By.xpath("//tr[contains(., 'Wuzhong Volume Plan')]//button[contains(@id, 'choose')]"))
                .click();
        Pages.waitForText(resident, By.id("signing-sentence"), "You agree to take your electricity from Wuzhong");
        String fields = text(resident, "signing-fields");
        for (String shown : new String[] {"Wuzhong Volume Plan (version 1)", "¥0.561/kWh",
                "2,000 kWh a month, ±10 % free; above the band ¥0.20/kWh, below it ¥0.15/kWh", "12 months",
                "30 days", "¥300.00", "21,900 kWh"}) {
            assertTrue(fields.contains(shown), "the signing step shows " + shown + ": " + fields);
        }
        assertFalse(fields.contains("termsHash") || fields.contains("salesCompany"), "no raw keys: " + fields);
        Browser.screenshot(resident, "agreements-signing-en");
        resident.findElement(By.id("signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        resident.findElement(By.id("signing:signing-confirm")).click();
        Pages.waitForText(resident, By.id("messages"), "will countersign it");
        resident.findElement(By.id("nav-agreement")).click();
        Pages.waitForTitle(resident, "Agreement and bills");
        assertTrue(text(resident, "agreements:list").contains("Awaiting countersignature"));

        sales = Browser.start("en-GB");
        Pages.logIn(sales, base, SALES);
        Pages.waitForTitle(sales, "Sales company");
        Pages.switchLanguage(sales, "zh", "售电公司");
        sales.findElement(By.id("nav-customers")).click();
        Pages.waitForTitle(sales, "客户");
        assertTrue(text(sales, "pending:list").contains("吴中约定电量套餐"), "the plan's Chinese name: "
                + text(sales, "pending:list"));
        Browser.screenshot(sales, "agreements-customers-zh");
        sales.findElement(By.cssSelector("button[id$=':countersign']")).click();
        Pages.waitForText(sales, By.id("signing-sentence"), "您接受第");
        assertTrue(text(sales, "signing-fields").contains("吴中约定电量套餐"), text(sales, "signing-fields"));
        Browser.screenshot(sales, "agreements-countersign-zh");
        sales.findElement(By.id("signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        sales.findElement(By.id("signing:signing-confirm")).click();
        Pages.waitForText(sales, By.id("messages"), "已会签");
        assertTrue(text(sales, "pending:list").contains("没有待会签的协议"));
        assertTrue(text(sales, "agreements").contains("生效"));

        resident.navigate().refresh();
        Pages.waitForTitle(resident, "Agreement and bills");
        assertTrue(text(resident, "agreements:list").contains("Active"), text(resident, "agreements:list"));
        Pages.switchLanguage(resident, "zh", "协议与账单");
        assertTrue(text(resident, "agreements:list").contains("生效"));
        Browser.screenshot(resident, "agreements-active-zh");
        resident.findElement(By.id("nav-plans")).click();
        Pages.waitForTitle(resident, "为我推荐的套餐");
        assertTrue(text(resident, "ranking:plans").contains("您当前的套餐"), "the current plan is marked");
        Pages.switchLanguage(resident, "en", "Plans for me"); // the language is remembered per user
        Pages.switchLanguage(sales, "en", "Customers");
    }

    /** resident36 has no certificate (the demo keeps it without): the step does not open, the page says why. */
    @Test
    void theSigningStepDoesNotOpenForSomeoneWhoCannotSign() {
        WebClient client = ParticipantLoad.loggedIn(base, "resident36");
        assertEquals(201, client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                        + "/api/agreements/profile/readings")).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(AgreementsIT.hourly(
                        LocalDateTime.of(2026, 3, 2, 0, 0), 7 * 24))).build()).statusCode());
        resident = Browser.start("en-GB");
        Pages.logIn(resident, base, "resident36");
        Pages.waitForTitle(resident, "My electricity");
        resident.findElement(By.id("nav-plans")).click();
        Pages.waitForTitle(resident, "Plans for me");
        resident.findElement(By.xpath("//tr[contains(., 'Xinneng Steady Price')]//button[contains(@id, 'choose')]"))
                .click();
        Pages.waitForText(resident, By.id("messages"), "You have no market certificate yet. Apply for one on "
                + "Market access");
        assertTrue(resident.findElements(By.id("signing-step")).isEmpty(), "no password is asked for");
        Browser.screenshot(resident, "agreements-cannot-sign-en");
    }

    @Test
    void salesCompanyPublishesAndRevisesAPlanAndTheAdminKeepsTheTariff() {
        sales = Browser.start("en-GB");
        Pages.logIn(sales, base, "sales1");
        Pages.waitForTitle(sales, "Sales company");
        sales.findElement(By.id("nav-sales-plans")).click();
        Pages.waitForTitle(sales, "Retail plans");
        sales.findElement(By.id("list:new")).click();
        Pages.waitForText(sales, By.id("editor"), "Name");
        sales.findElement(By.id("editor:name")).sendKeys("Browser Test Fixed");
        sales.findElement(By.id("editor:save")).click();
        Pages.waitForText(sales, By.id("messages"), "Each price must be above 0 and at most 5 yuan/kWh.");
        sales.findElement(By.id("editor:price")).sendKeys("0.6");
        sales.findElement(By.id("editor:save")).click();
        Pages.waitForText(sales, By.id("messages"), "Browser Test Fixed (version 1) saved.");
        sales.findElement(By.xpath("//tr[contains(., 'Browser Test Fixed')]//button[contains(@id, 'publish')]"))
                .click();
        Pages.waitForText(sales, By.id("messages"), "Browser Test Fixed (version 1) is published.");
        int offered = offeredPlans();
        sales.findElement(By.xpath("//tr[contains(., 'Browser Test Fixed')]//button[contains(@id, 'revise')]"))
                .click();
        Pages.waitForText(sales, By.id("messages"), "Draft version 2 of Browser Test Fixed created.");
        var price = sales.findElement(By.id("editor:price"));
        price.clear();
        price.sendKeys("0.61");
        sales.findElement(By.id("editor:save")).click();
        Pages.waitForText(sales, By.id("messages"), "Browser Test Fixed (version 2) saved.");
        sales.findElement(By.xpath("//tr[contains(., 'Browser Test Fixed') and contains(., 'Draft')]"
                + "//button[contains(@id, 'publish')]")).click();
        Pages.waitForText(sales, By.id("messages"), "Browser Test Fixed (version 2) is published.");
        assertTrue(text(sales, "list:plans").contains("Withdrawn"), "publishing version 2 withdrew version 1");
        assertEquals(offered, offeredPlans(), "one version of a plan is on offer at a time");
        Browser.screenshot(sales, "agreements-plans-en");
        sales.findElement(By.xpath("//tr[contains(., 'Browser Test Fixed') and contains(., 'Published')]"
                + "//button[contains(@id, 'withdraw')]")).click();
        Pages.waitForText(sales, By.id("messages"), "Browser Test Fixed (version 2) is withdrawn.");
        assertEquals(offered - 1, offeredPlans());

        resident = Browser.start("en-GB");
        Pages.logIn(resident, base, "admin");
        Pages.waitForTitle(resident, "Park administration");
        resident.findElement(By.id("nav-tariff")).click();
        Pages.waitForTitle(resident, "Catalog tariff");
        Pages.switchLanguage(resident, "zh", "目录电价");
        var workday = resident.findElement(By.cssSelector("textarea[id$=':workday']"));
        workday.clear();
        workday.sendKeys("00:00-08:00 VALLEY");
        resident.findElement(By.id("tariff:save")).click();
        Pages.waitForText(resident, By.id("messages"), "08:00 没有被任何时段覆盖");
        resident.navigate().refresh();
        Pages.waitForTitle(resident, "目录电价");
        resident.findElement(By.id("tariff:save")).click();
        Pages.waitForText(resident, By.id("messages"), "已保存并生效");
        Browser.screenshot(resident, "agreements-tariff-zh");
        Pages.switchLanguage(resident, "en", "Catalog tariff"); // the language is remembered per user
    }

    private static int offeredPlans() {
        WebClient client = ParticipantLoad.loggedIn(base, "resident01");
        return CanonicalJson.JSON.createReader(new java.io.StringReader(client.getJson("/api/agreements/plans", null,
                null).body())).readArray().size();
    }

    /** Applies for a certificate with a key held under the demo password, and has the regulator approve it. */
    private static String text(ChromeDriver driver, String id) {
        return driver.findElement(By.id(id)).getText();
    }
}
