package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.OwnKeys;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.ParticipantLoad;
import org.parkchain.testsupport.RunningApp;
import org.parkchain.testsupport.WebClient;

/**
 * The charging-rights market in real Chromium, on a transformer and day of its own (set up over REST: a 45 kW margin
 * that the minimums fill exactly, so A for station1 holds 15 kW and B for station2 30 kW in every slot of
 * 17:00–19:00; A asked 40 kWh and is 10 kWh short, each may take 40 kW). station1 (English) asks
 * the bid helper, then signs a buy order of 10 kW at 1.200 for 17:00–18:00; station2 (Chinese) asks the helper for
 * the seller's side and signs a sell order of 10 kW at 0.500; the park admin clears the day: with one bid and one ask,
 * b_2 is the floor 0 and s_2 the cap 2.000, so p0 = 1.000 lies in [0.500, 1.200] and all 10 kW trade at 1.000. Both
 * see the trade and their rights now (A 40 kWh, B 50 kWh; A's schedule CSV has 25 kW at 17:00). station2 posts a
 * P2P offer, station1 accepts it. The regulator sees the volumes in both languages.
 */
class RightsMarketBrowserIT {
    static final String SUFFIX = Long.toString(System.nanoTime() % 100_000);
    static String base;
    ChromeDriver buyer;
    ChromeDriver seller;
    ChromeDriver admin;
    ChromeDriver regulator;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    /** Each user's language is remembered: leave them all in English, as the other journeys expect them. */
    @AfterEach
    void quit() {
        for (ChromeDriver d : new ChromeDriver[] {buyer, seller, admin, regulator}) {
            if (d != null) {
                try {
                    Pages.switchLanguageOnAnyPage(d, "en");
                } catch (RuntimeException e) {
                    // the page may be gone with a failed step; the language then stays as it was
                }
                d.quit();
            }
        }
    }

    @Test
    void twoOperatorsTradeTheAdminClearsAndEveryoneSeesTheResult() throws Exception {
        WebClient adminApi = ParticipantLoad.loggedIn(base, "admin");
        WebClient one = ParticipantLoad.loggedIn(base, "station1");
        WebClient two = ParticipantLoad.loggedIn(base, "station2");
        WebClient regulatorApi = ParticipantLoad.loggedIn(base, "regulator");
        String code = "TBR-" + SUFFIX;
        long t = RightsTradingIT.created(adminApi.postJson("/api/transformers", "{\"code\":\"" + code + "\","
                + "\"nameEn\":\"Market test\",\"nameZh\":\"市场测试\",\"ratedKva\":200,\"powerFactor\":1,"
                + "\"reserveKw\":0}", null, null));
        long a = RightsTradingIT.created(adminApi.postJson("/api/stations", TopologyIT.station(t,
                ChargingRightsIT.participant(one), "SBA-" + SUFFIX, "150"), null, null));
        long b = RightsTradingIT.created(adminApi.postJson("/api/stations", TopologyIT.station(t,
                ChargingRightsIT.participant(two), "SBB-" + SUFFIX, "150"), null, null));
        LocalDate day = LocalDate.parse(ChargingRightsIT.object(one.getJson("/api/charging/gate", null, null))
                .getString("nextOpenDay")).plusDays(3);
        assertEquals(200, adminApi.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                + "/api/charging/base-loads/" + t + "/" + day)).header("Content-Type", "text/csv")
                .header("Origin", base).PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        ChargingRightsIT.flat(155))).build()).statusCode());
        RightsTradingIT.base = base;
        assertEquals(201, RightsTradingIT.signed(one, OwnKeys.issue(one, regulatorApi, false),
                "/api/charging/requirements/payload", ChargingRightsIT.requirement(a, day, "40", "15", "40", "17:00",
                        "19:00", 2), "/api/charging/requirements").statusCode());
        assertEquals(201, RightsTradingIT.signed(two, OwnKeys.issue(two, regulatorApi, false),
                "/api/charging/requirements/payload", ChargingRightsIT.requirement(b, day, "60", "30", "40", "17:00",
                        "19:00", 2), "/api/charging/requirements").statusCode());
        assertEquals(201, adminApi.postJson("/api/charging/allocations", "{\"day\":\"" + day + "\"}", null, null)
                .statusCode());
        String page = "/station/rights-market.xhtml?day=" + day;

        // station1, in English: the bid helper, then a signed buy order
        java.nio.file.Path downloads = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target",
                "downloads", "market-" + System.nanoTime()));
        buyer = Browser.start("en-GB", downloads);
        Pages.logIn(buyer, base, "station1");
        Pages.waitForLoginToFinish(buyer);
        buyer.get(base + page);
        Pages.switchLanguageOnAnyPage(buyer, "en");
        Pages.waitForText(buyer, By.id("position"), "SBA-" + SUFFIX);
        new Select(buyer.findElement(By.id("draft:station"))).selectByVisibleText("SBA-" + SUFFIX);
        new Select(buyer.findElement(By.id("draft:side"))).selectByValue("BUY");
        buyer.findElement(By.id("draft:propose")).click();
        Pages.waitForText(buyer, By.id("explanation"), "Still needed: 10.00 kWh");
        assertEquals("5.0", buyer.findElement(By.id("draft:quantity")).getAttribute("value"), "10 kWh over 2 h");
        Browser.screenshot(buyer, "station-market-helper-en");
        fill(buyer, "17:00", "18:00", "10", "1.2");
        buyer.findElement(By.id("draft:sign-order")).click();
        Pages.waitForText(buyer, By.id("signing-sentence"), "I place an order to buy charging rights for station SBA-"
                + SUFFIX);
        buyer.findElement(By.id("draft-signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        buyer.findElement(By.id("draft-signing:signing-confirm")).click();
        Pages.waitForText(buyer, By.id("messages"), "signed and placed");
        Pages.waitForText(buyer, By.id("orders"), "open");

        // station2, in Chinese: the seller's side of the helper, then a signed sell order
        seller = Browser.start("zh-CN");
        Pages.logIn(seller, base, "station2");
        Pages.waitForLoginToFinish(seller);
        seller.get(base + page);
        Pages.switchLanguageOnAnyPage(seller, "zh");
        Pages.waitForText(seller, By.id("position"), "SBB-" + SUFFIX);
        new Select(seller.findElement(By.id("draft:station"))).selectByVisibleText("SBB-" + SUFFIX);
        new Select(seller.findElement(By.id("draft:side"))).selectByValue("SELL");
        seller.findElement(By.id("draft:propose")).click();
        Pages.waitForText(seller, By.id("explanation"), "卖方要价");
        fill(seller, "17:00", "18:00", "10", "0.5");
        seller.findElement(By.id("draft:sign-order")).click();
        Pages.waitForText(seller, By.id("signing-sentence"), "SBB-" + SUFFIX);
        seller.findElement(By.id("draft-signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        seller.findElement(By.id("draft-signing:signing-confirm")).click();
        Pages.waitForText(seller, By.id("messages"), "已签名提交");
        Browser.screenshot(seller, "station-market-order-zh");

        // the park admin clears the day
        admin = Browser.start("en-GB");
        Pages.logIn(admin, base, "admin");
        Pages.waitForLoginToFinish(admin);
        admin.get(base + "/admin/rights-market.xhtml?day=" + day);
        Pages.switchLanguageOnAnyPage(admin, "en");
        Pages.waitForText(admin, By.id("market-" + code), "Traded in the call market");
        admin.findElement(By.id("clear:clear-now")).click();
        Pages.waitForText(admin, By.id("messages"), "Open orders of " + day + " cleared");
        Pages.waitForText(admin, By.id("market-" + code), "10.0 kWh");
        assertEquals(3, admin.findElement(By.id("market-" + code)).findElements(By.tagName("canvas")).size(),
                "prices and volumes, loading before and after trading");
        Browser.screenshot(admin, "admin-market-en");

        // both see the trade and their rights now
        buyer.get(base + page);
        Pages.waitForText(buyer, By.id("fills"), "call market");
        assertEquals("40.0", buyer.findElement(By.cssSelector("#position td.pc-current")).getText().replaceAll(
                "^.*\\s", ""), "A holds 30 + 10 kWh");
        assertTrue(buyer.findElement(By.id("fills")).getText().contains("1.000"), "cleared at p0 = 1.000");
        buyer.findElement(By.id("csv-SBA-" + SUFFIX)).click();
        java.util.List<String> schedule = java.nio.file.Files.readAllLines(Pages.waitForDownload(downloads, ".csv"));
        assertEquals(97, schedule.size());
        assertTrue(schedule.get(69).startsWith("SBA-" + SUFFIX + "," + day + ",17:00,17:15,25"), schedule.get(69));
        assertTrue(schedule.get(73).startsWith("SBA-" + SUFFIX + "," + day + ",18:00,18:15,15"), schedule.get(73));
        seller.get(base + page);
        Pages.waitForText(seller, By.id("fills"), "集合竞价");
        assertEquals("50.0", seller.findElement(By.cssSelector("#position td.pc-current")).getText().replaceAll(
                "^.*\\s", ""), "B holds 60 - 10 kWh");

        // P2P: station2 offers 5 kW for 18:00-19:00, station1 accepts it
        fill(seller, "18:00", "19:00", "5", "0.8");
        new Select(seller.findElement(By.id("draft:station"))).selectByVisibleText("SBB-" + SUFFIX);
        new Select(seller.findElement(By.id("draft:side"))).selectByValue("SELL");
        seller.findElement(By.id("draft:sign-offer")).click();
        Pages.waitForText(seller, By.id("signing-sentence"), "点对点挂单");
        seller.findElement(By.id("draft-signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        seller.findElement(By.id("draft-signing:signing-confirm")).click();
        Pages.waitForText(seller, By.id("messages"), "已签名发布");
        buyer.get(base + page);
        By offer = By.xpath("//tbody[@id='board:offers_data']/tr[td[contains(., 'SBB-" + SUFFIX + "')]]");
        Pages.waitForText(buyer, offer, "0.800");
        buyer.findElement(offer).findElement(By.tagName("button")).click();
        Pages.waitForText(buyer, By.id("accept-form"), "Accept offer");
        new Select(buyer.findElement(By.id("board:accept-station"))).selectByVisibleText("SBA-" + SUFFIX);
        buyer.findElement(By.id("board:sign-accept")).click();
        Pages.waitForText(buyer, By.id("signing-sentence"), "I accept offer");
        buyer.findElement(By.id("board-signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        buyer.findElement(By.id("board-signing:signing-confirm")).click();
        Pages.waitForText(buyer, By.id("messages"), "You took 5 kW per slot");
        Pages.waitForText(buyer, By.id("fills"), "P2P board");
        Browser.screenshot(buyer, "station-market-trades-en");

        // the regulator, in both languages
        regulator = Browser.start("en-GB");
        Pages.logIn(regulator, base, "regulator");
        Pages.waitForLoginToFinish(regulator);
        regulator.get(base + "/regulator/rights-market.xhtml?day=" + day);
        Pages.switchLanguageOnAnyPage(regulator, "en");
        Pages.waitForText(regulator, By.id("market-" + code), "Traded on the P2P board");
        String report = regulator.findElement(By.id("market-" + code)).getText();
        assertTrue(report.contains("10.0 kWh") && report.contains("5.0 kWh"), report);
        Browser.screenshot(regulator, "regulator-market-en");
        Pages.switchLanguageOnAnyPage(regulator, "zh");
        Pages.waitForText(regulator, By.id("market-" + code), "点对点成交");
        Browser.screenshot(regulator, "regulator-market-zh");
    }

    static void fill(ChromeDriver d, String from, String to, String kw, String price) {
        for (String[] f : new String[][] {{"from", from}, {"to", to}, {"quantity", kw}, {"price", price}}) {
            WebElement e = d.findElement(By.id("draft:" + f[0]));
            e.clear();
            e.sendKeys(f[1]);
        }
    }
}
