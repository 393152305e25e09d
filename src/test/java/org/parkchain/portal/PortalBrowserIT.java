package org.parkchain.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parkchain.identity.entity.CreditCode;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.RunningApp;

/** Real headless Chromium against the deployed application: the resident's and the regulator's journeys. */
class PortalBrowserIT {
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
    void residentSeesItsPortalSwitchesToChineseAndCannotGoBackAfterLogout() {
        driver = Browser.start("en-GB");
        logIn("resident03");
        waitForTitle("My electricity");
        assertEquals("Zhang's Electronics Repair", driver.findElement(By.id("org-name")).getText());
        assertEquals("Jinqiao Green Energy Industrial Park", driver.findElement(By.id("park-name")).getText());
        assertTrue(driver.findElement(By.id("salesCompanies")).getText().contains("Suzhou Xinneng Power Sales"),
                "the park's sales companies are listed");
        Browser.screenshot(driver, "resident-home-en");

        switchLanguage("zh", "我的用电");
        assertEquals("张记电子维修店", driver.findElement(By.id("org-name")).getText());
        assertTrue(driver.findElement(By.id("shell:logout")).getAttribute("value").equals("退出登录"));
        assertTrue(driver.findElement(By.id("salesCompanies")).getText().contains("统一社会信用代码"));
        Browser.screenshot(driver, "resident-home-zh");

        driver.findElement(By.id("shell:logout")).click();
        waitForLoginPage();
        driver.navigate().back();
        waitForLoginPage();
        driver.get(base + "/resident/index.xhtml");
        waitForLoginPage();
        assertTrue(driver.findElements(By.id("org-name")).isEmpty(), "no protected content after logout");

        logIn("resident03");
        waitForTitle("我的用电");
        switchLanguage("en", "My electricity");
    }

    @Test
    void regulatorSeesTheParkOverview() {
        driver = Browser.start("en-GB");
        logIn("regulator");
        waitForTitle("Supervision");
        String participants = driver.findElement(By.id("participants")).getText();
        assertTrue(participants.contains("Park Energy Storage Station"), participants);
        assertTrue(driver.findElement(By.id("expiring")).getText().contains("1032024-00077"),
                "the licence that expires soon is flagged");
        assertTrue(driver.findElement(By.id("stations")).getText().contains("ST-S03"));
        Browser.screenshot(driver, "regulator-home-en");

        switchLanguage("zh", "监管");
        assertTrue(driver.findElement(By.id("transformers")).getText().contains("北区1号变压器"));
        Browser.screenshot(driver, "regulator-home-zh");
        driver.get(base + "/resident/index.xhtml");
        assertTrue(driver.findElement(By.id("error-403")).getText().contains("无权访问此页面"),
                "the 403 page in the user's language");
        Browser.screenshot(driver, "regulator-403-zh");
        driver.get(base + "/regulator/index.xhtml");
        switchLanguage("en", "Supervision");
    }

    @Test
    void regulatorVerifiesTheDatabaseAgainstTheLedgerInBothLanguages() throws Exception {
        java.nio.file.Path downloads = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                "downloads", "digest-" + System.nanoTime()));
        driver = Browser.start("en-GB", downloads);
        logIn("regulator");
        waitForTitle("Supervision");
        driver.findElement(By.id("nav-audit")).click();
        waitForTitle("Ledger audit");
        assertTrue(driver.findElement(By.id("ledger-kind")).getText().contains("Embedded ledger"));
        driver.findElement(By.id("audit:verify")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(By.id("verdict"),
                "Verified: the database matches the ledger."));
        assertTrue(driver.findElement(By.id("chain")).getText().contains("Intact"));
        assertTrue(driver.findElement(By.id("audit:findings")).getText().contains("No discrepancies."));
        driver.findElement(By.id("audit:aggregate")).sendKeys("participant:1");
        driver.findElement(By.id("audit:show-history")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("audit:history"), "participant.registered"));
        assertEquals("JSON", driver.findElement(By.cssSelector("#audit\\:history a.pc-proof")).getText());
        Browser.screenshot(driver, "regulator-audit-en");

        switchLanguage("zh", "账本审计");
        driver.findElement(By.id("audit:aggregate")).sendKeys("nonsense");
        driver.findElement(By.id("audit:show-history")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("audit:messages"), "记录编号形如 participant:1 或 user:7。"));
        driver.findElement(By.id("audit:verify")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(By.id("verdict"),
                "核验通过：数据库与账本一致。"));
        assertTrue(driver.findElement(By.id("chain")).getText().contains("完好"));
        Browser.screenshot(driver, "regulator-audit-zh");

        // the trust anchor: a signed digest downloaded now and checked later proves the chain only grew
        driver.findElement(By.id("digest:download-digest")).click();
        java.nio.file.Path kept = org.parkchain.testsupport.Pages.waitForDownload(downloads, ".json");
        driver.findElement(By.id("digest:kept")).sendKeys(kept.toAbsolutePath().toString());
        driver.findElement(By.id("digest:check-digest")).click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("digest-verdict"), "一致：区块"));
        Browser.screenshot(driver, "regulator-digest-zh");
        switchLanguage("en", "Ledger audit");
    }

    @Test
    void parkAdminRegistersAParticipantAndSeesValidationErrors() {
        driver = Browser.start("en-GB");
        logIn("admin");
        waitForTitle("Park administration");
        Browser.screenshot(driver, "admin-home-en");
        long residentsBefore = residentsOnTheAdminHome();
        driver.get(base + "/admin/participants.xhtml");
        waitForTitle("Participants");
        driver.findElement(By.id("participants:nameEn")).sendKeys("Lakeside Bakery");
        driver.findElement(By.id("participants:nameZh")).sendKeys("湖畔烘焙坊");
        driver.findElement(By.id("participants:creditCode")).sendKeys("92320594MA0000000X");
        driver.findElement(By.id("participants:register")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("participants:messages"),
                "please fill this in"));
        Browser.screenshot(driver, "admin-participants-errors");

        driver.executeScript("PF('participantType').selectValue('RESIDENT')");
        assertEquals("Small or micro user", driver.findElement(By.id("participants:type_label")).getText());
        driver.findElement(By.id("participants:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("participants:messages"),
                "correct check character"));

        String code = CreditCode.complete("92320594MA0000000");
        driver.findElement(By.id("participants:creditCode")).clear();
        driver.findElement(By.id("participants:creditCode")).sendKeys(code);
        driver.findElement(By.id("participants:register")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("participants:messages"),
                "Registered Lakeside Bakery (" + code + ")"));
        assertTrue(driver.findElement(By.id("participants:list")).getText().contains(code)
                || driver.findElement(By.id("participants:messages")).getText().contains(code));
        Browser.screenshot(driver, "admin-participants-registered");
        driver.get(base + "/admin/index.xhtml");
        waitForTitle("Park administration");
        assertEquals(residentsBefore + 1, residentsOnTheAdminHome(), "the home's figures (kept a few seconds) show"
                + " a change made on this node at once");
        driver.get(base + "/admin/participants.xhtml");
        waitForTitle("Participants");
        // regression: the date picker refused the "zh-CN" locale string and the page failed in Chinese
        switchLanguage("zh", "市场主体");
        Browser.screenshot(driver, "admin-participants-zh");
        switchLanguage("en", "Participants");

        driver.get(base + "/admin/users.xhtml");
        waitForTitle("Users");
        Browser.screenshot(driver, "admin-users-en");
    }

    @ParameterizedTest(name = "{0} sees its portal in English and Chinese")
    @CsvSource({
            "sales1,   Sales company,     售电公司, residents,      Noodle House",
            "large1,   Bilateral trading, 双边交易, counterparties, Jinqiao Rooftop Solar",
            "gen1,     Bilateral trading, 双边交易, counterparties, Suzhou Precision Castings",
            "station1, Charging stations, 充电站,   stations,       North Gate Supercharging Hub"})
    void otherRolesSeeTheirPortalInBothLanguages(String user, String titleEn, String titleZh,
                                                 String elementId, String expected) {
        driver = Browser.start("en-GB");
        logIn(user);
        waitForTitle(titleEn);
        assertTrue(driver.findElement(By.id(elementId)).getText().contains(expected),
                elementId + " shows " + expected);
        assertTrue(driver.findElement(By.id("org-name")).getText().length() > 0, "own organisation shown");
        Browser.screenshot(driver, user + "-home-en");
        switchLanguage("zh", titleZh);
        assertEquals("退出登录", driver.findElement(By.id("shell:logout")).getAttribute("value"));
        Browser.screenshot(driver, user + "-home-zh");
        switchLanguage("en", titleEn);
    }

    @Test
    void aHomeTableSortsAndPagesOnItsStatelessView() {
        driver = Browser.start("en-GB");
        logIn("sales1");
        waitForTitle("Sales company");
        assertTrue(driver.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value").contains("stateless"),
                "the home keeps no view state");
        sortResidents("ascending");
        String firstAscending = firstResident();
        sortResidents("descending");
        String firstDescending = firstResident();
        assertTrue(firstDescending.compareTo(firstAscending) > 0, firstDescending + " after " + firstAscending);
        driver.findElement(By.cssSelector("#residents_paginator_bottom .ui-paginator-next")).click();
        awaitAjax();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !firstResident().equals(firstDescending));
        String secondPage = firstResident();
        assertTrue(secondPage.compareTo(firstDescending) < 0, "page 2 goes on descending: " + secondPage);
        assertEquals(15, driver.findElements(By.cssSelector("#residents_data > tr")).size());
    }

    /** Clicks the name column's header and waits until the table says it is sorted so and its request is done. */
    private void sortResidents(String order) {
        driver.findElement(By.cssSelector("#residents th.ui-sortable-column")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d ->
                order.equals(d.findElement(By.cssSelector("#residents th.ui-sortable-column"))
                        .getAttribute("aria-sort")));
        awaitAjax();
    }

    private void awaitAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(driver.executeScript("return PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** The first row's name (read again if the table is replaced while it is read). */
    private String firstResident() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElement(By.cssSelector("#residents_data > tr:first-child > td:first-child"))
                        .getText().replace("Name", "").trim();
            } catch (StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private long residentsOnTheAdminHome() {
        return driver.findElements(By.cssSelector("#counts .pc-card")).stream()
                .filter(card -> card.findElement(By.className("pc-label")).getText()
                        .equalsIgnoreCase("Small and micro users"))
                .map(card -> Long.parseLong(card.findElement(By.className("pc-figure")).getText().replace(",", "")))
                .findFirst().orElseThrow();
    }

    private void switchLanguage(String language, String expectedTitle) {
        Pages.switchLanguage(driver, language, expectedTitle);
    }

    private void waitForLoginPage() {
        Pages.waitForLoginPage(driver);
    }

    private void logIn(String user) {
        Pages.logIn(driver, base, user);
    }

    private void waitForTitle(String title) {
        Pages.waitForTitle(driver, title);
    }
}
