package org.parkchain.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * Bilateral trading in real Chromium, the sales company in English and the large user in Chinese: sales3 opens a
 * channel with large4, both negotiate (a note, a term sheet accepted), commit copies that differ in the price, see
 * where, and commit matching copies; the contract activates. For a contract of the same pair signed on paper (its
 * delivery already under way), the park admin imports last month's delivery and both parties confirm the statement
 * through the signing step; the regulator sees the contracts and a contract's ledger history; large3 sees nothing.
 */
class TradingBrowserIT {
    static final ZoneId PARK = ZoneId.of("Asia/Shanghai");
    static String base;
    final List<ChromeDriver> drivers = new java.util.ArrayList<>();

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    @AfterEach
    void quit() {
        drivers.forEach(ChromeDriver::quit);
    }

    ChromeDriver browser(String language, String user) {
        ChromeDriver d = Browser.start(language);
        drivers.add(d);
        Pages.logIn(d, base, user);
        Pages.waitForLoginToFinish(d);
        return d;
    }

    @Test
    void twoPartiesNegotiateCommitMatchingCopiesAndSettle() throws Exception {
        WebClient largeApi = ParticipantLoad.loggedIn(base, "large4");
        long largeId = TradingIT.participant(largeApi);
        long salesId = TradingIT.participant(ParticipantLoad.loggedIn(base, "sales3"));

        ChromeDriver sales = browser("en-GB", "sales3");
        Pages.switchLanguageOnAnyPage(sales, "en");
        sales.findElement(By.id("nav-sales-trading")).click();
        Pages.waitForTitle(sales, "Bilateral trading: private channels");
        new Select(sales.findElement(By.id("open:counterparty"))).selectByValue(String.valueOf(largeId));
        sales.findElement(By.id("open:topic")).sendKeys("Browser baseload");
        sales.findElement(By.id("open:submit")).click();
        Pages.waitForTitle(sales, "Private channel");
        assertEquals("Invitation sent", sales.findElement(By.id("status")).getText());
        String channelUrl = sales.getCurrentUrl();
        long channel = Long.parseLong(channelUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));

        ChromeDriver large = browser("zh-CN", "large4");
        Pages.switchLanguageOnAnyPage(large, "zh");
        large.get(base + "/trader/channel.xhtml?id=" + channel);
        Pages.waitForTitle(large, "私有通道");
        large.findElement(By.id("head:accept")).click();
        Pages.waitForText(large, By.id("status"), "已开通");

        sales.get(channelUrl);
        sales.findElement(By.id("note:body")).sendKeys("Call on Monday: 500 kW baseload at about 0.42.");
        sales.findElement(By.id("note:add")).click();
        Pages.waitForText(sales, By.id("pageMessages"), "The note is in the log.");
        LocalDate start = YearMonth.now(PARK).plusMonths(1).atDay(1);
        fillTerms(sales, start, "0.42");
        sales.findElement(By.id("terms:propose")).click();
        Pages.waitForText(sales, By.id("pageMessages"), "Version 1 is proposed to the other party.");

        large.get(base + "/trader/channel.xhtml?id=" + channel);
        large.findElement(By.cssSelector("button[id$=':accept']")).click();
        Pages.waitForText(large, By.id("pageMessages"), "您已接受版本 1");
        // large4 commits its copy with another price
        setValue(large, By.id("terms:flat"), "0.43");
        commit(large, "commitSigning", "我提交合同");
        Pages.waitForText(large, By.id("pageMessages"), "您的副本已提交");
        sales.get(channelUrl);
        commit(sales, "commitSigning", "I commit my copy of the terms of contract");
        Pages.waitForText(sales, By.id("pageMessages"), "The two copies differ; both are set aside.");
        String mismatch = sales.findElement(By.cssSelector("[id$=':mismatch']")).getText();
        assertTrue(mismatch.contains("Flat price") && mismatch.contains("0.42") && mismatch.contains("0.43"), mismatch);
        Browser.screenshot(sales, "trading-mismatch-en");
        // both commit the agreed price
        large.get(base + "/trader/channel.xhtml?id=" + channel);
        commit(large, "commitSigning", "我提交合同");
        Pages.waitForText(large, By.id("pageMessages"), "您的副本已提交");
        sales.get(channelUrl);
        commit(sales, "commitSigning", "I commit my copy");
        Pages.waitForText(sales, By.id("pageMessages"), "Both copies are the same: the contract is active.");
        Browser.screenshot(sales, "trading-active-en");

        // a contract of the pair signed on paper, delivering since two months before last month
        YearMonth last = YearMonth.now(PARK).minusMonths(1);
        WebClient adminApi = ParticipantLoad.loggedIn(base, "admin");
        var paper = TradingTerms.flat(salesId, largeId, last.minusMonths(2).atDay(1), last.plusMonths(9).atDay(1),
                0.4).add("profileWEEKDAY", TradingTerms.hours(24, 100)).add("profileWEEKEND", TradingTerms.hours(24, 100))
                .add("profileHOLIDAY", TradingTerms.hours(24, 100)).add("reference", "Paper contract BR-1");
        long paperId = TradingIT.created(adminApi.postJson("/api/trading/contract-imports", paper.build().toString(),
                null, null)).getJsonNumber("id").longValue();
        Path csv = Files.createTempFile("delivery", ".csv");
        StringBuilder rows = new StringBuilder("contract,interval,kWh\n");
        for (LocalDateTime t = last.atDay(1).atStartOfDay(); t.isBefore(last.plusMonths(1).atDay(1).atStartOfDay());
             t = t.plusMinutes(15)) {
            rows.append(paperId).append(',').append(t.toString().replace('T', ' ')).append(",25\n");
        }
        Files.writeString(csv, rows);
        ChromeDriver admin = browser("en-GB", "admin");
        Pages.switchLanguageOnAnyPage(admin, "en");
        admin.findElement(By.id("nav-deliveries")).click();
        Pages.waitForTitle(admin, "Bilateral contracts: metered delivery");
        admin.findElement(By.id("upload:file")).sendKeys(csv.toAbsolutePath().toString());
        admin.findElement(By.id("upload:upload-button")).click();
        Pages.waitForText(admin, By.id("messages"), "Delivery imported: 1 statement issued.");
        String amount = String.format("%,.2f", 0.4 * 2400 * last.lengthOfMonth());
        assertTrue(admin.findElement(By.id("issued")).getText().contains(amount));

        sales.get(channelUrl);
        sales.findElement(By.cssSelector("button[id$=':confirm']")).click();
        Pages.waitForText(sales, By.id("signing-sentence"), "I confirm the settlement statement of contract " + paperId);
        sign(sales, "statementSigning");
        Pages.waitForText(sales, By.id("pageMessages"), "Your confirmation is recorded");
        large.get(base + "/trader/channel.xhtml?id=" + channel);
        large.findElement(By.cssSelector("button[id$=':confirm']")).click();
        Pages.waitForText(large, By.id("signing-sentence"), "我确认合同 " + paperId);
        sign(large, "statementSigning");
        Pages.waitForText(large, By.id("pageMessages"), "双方均已确认");
        Browser.screenshot(large, "trading-statement-zh");

        ChromeDriver regulator = browser("en-GB", "regulator");
        Pages.switchLanguageOnAnyPage(regulator, "en");
        regulator.findElement(By.id("nav-regulator-trading")).click();
        Pages.waitForTitle(regulator, "Bilateral trading: supervision");
        assertTrue(regulator.findElement(By.id("contracts:list")).getText().contains("Active"));
        regulator.findElement(By.xpath("//a[contains(@href, 'contract%3A" + paperId + "#') or contains(@href, 'contract:"
                + paperId + "#')]")).click();
        Pages.waitForTitle(regulator, "Ledger audit");
        Pages.waitForText(regulator, By.id("history-section"), "contract.recorded");
        Browser.screenshot(regulator, "trading-regulator-proof-en");

        ChromeDriver outsider = browser("en-GB", "large3");
        Pages.switchLanguageOnAnyPage(outsider, "en");
        outsider.get(base + "/trader/channel.xhtml?id=" + channel);
        Pages.waitForText(outsider, By.id("pageMessages"), "There is no channel " + channel);
        assertFalse(outsider.getPageSource().contains("Browser baseload"));
        assertFalse(outsider.getPageSource().contains("0.42"));
    }

    static void fillTerms(ChromeDriver d, LocalDate start, String price) {
        d.findElement(By.id("terms:side:0")).click();
        setValue(d, By.id("terms:start_input"), start.toString());
        setValue(d, By.id("terms:end_input"), start.plusMonths(6).minusDays(1).toString());
        List<WebElement> profiles = d.findElements(By.cssSelector("#terms textarea[id$='profile']"));
        String weekday = String.join(", ", java.util.Collections.nCopies(24, "500"));
        String other = String.join(", ", java.util.Collections.nCopies(24, "200"));
        setValue(d, profiles.get(0), weekday);
        setValue(d, profiles.get(1), other);
        setValue(d, profiles.get(2), other);
        setValue(d, By.id("terms:flat"), price);
        setValue(d, By.id("terms:band"), "10");
        setValue(d, By.id("terms:over"), "0.05");
        setValue(d, By.id("terms:under"), "0.04");
        setValue(d, By.id("terms:payment"), "15");
    }

    static void setValue(ChromeDriver d, By by, String value) {
        setValue(d, d.findElement(by), value);
    }

    static void setValue(ChromeDriver d, WebElement e, String value) {
        d.executeScript("arguments[0].value = arguments[1];", e, value);
    }

    static void commit(ChromeDriver d, String form, String sentence) {
        new org.openqa.selenium.support.ui.WebDriverWait(d, java.time.Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(By.id("terms:commit"))).click();
        Pages.waitForText(d, By.id("signing-sentence"), sentence);
        sign(d, form);
    }

    static void sign(ChromeDriver d, String form) {
        d.findElement(By.id(form + ":signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        d.findElement(By.id(form + ":signing-confirm")).click();
    }
}
