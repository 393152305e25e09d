package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.RunningApp;

/**
 * The charging-rights journey in real Chromium: station3 (in Chinese) is told why an unreachable requirement is
 * refused, then signs a requirement for ST-N03; the park admin (in English) closes that day's gate; station3 sees its
 * rights, the loading chart and downloads its schedule; the regulator sees the report in both languages.
 */
class ChargingBrowserIT {
    static String base;
    ChromeDriver operator;
    ChromeDriver admin;
    ChromeDriver regulator;

    @BeforeAll
    static void start() {
        base = RunningApp.baseUrl();
    }

    /** Each user's language is remembered: leave them all in English, as the other journeys expect them. */
    @AfterEach
    void quit() {
        for (ChromeDriver d : new ChromeDriver[] {operator, admin, regulator}) {
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
    void anOperatorSubmitsTheAdminClosesTheGateAndEveryoneSeesTheRights() throws Exception {
        Path downloads = Files.createDirectories(Path.of("target", "downloads", "charging-" + System.nanoTime()));
        operator = Browser.start("zh-CN", downloads);
        Pages.logIn(operator, base, "station3");
        Pages.waitForLoginToFinish(operator);
        operator.get(base + "/station/charging.xhtml");
        Pages.switchLanguageOnAnyPage(operator, "zh");
        Pages.waitForTitle(operator, "充电权");
        String day = operator.findElement(By.id("requirements-day")).getAttribute("data-day");
        By row = By.xpath("//tbody[@id='requirements:list_data']/tr[td[contains(., 'ST-N03')]]");
        operator.findElement(row).findElement(By.tagName("button")).click();
        Pages.waitForText(operator, By.id("requirement-form"), "充电需求");
        field(operator, "energy", "2000");
        field(operator, "max", "180");
        field(operator, "arrival", "20:00");
        field(operator, "departure", "24:00");
        operator.findElement(By.id("editor:sign")).click();
        Pages.waitForText(operator, By.id("messages"), "无法达到 2,000 kWh");
        assertTrue(operator.findElement(By.id("messages")).getText().contains("还差 1,280 kWh"),
                operator.findElement(By.id("messages")).getText());
        Browser.screenshot(operator, "station-charging-refused-zh");
        field(operator, "energy", "650");
        operator.findElement(By.id("editor:sign")).click();
        Pages.waitForText(operator, By.id("signing-sentence"), "本人提交充电站 ST-N03 在 " + day + " 的充电需求");
        operator.findElement(By.id("signing:signing-password")).sendKeys(RunningApp.DEMO_PASSWORD);
        operator.findElement(By.id("signing:signing-confirm")).click();
        Pages.waitForText(operator, By.id("messages"), "ST-N03 在 " + day + " 的充电需求已签名提交");
        Pages.waitForText(operator, row, "650.0");

        admin = Browser.start("en-GB");
        Pages.logIn(admin, base, "admin");
        Pages.waitForLoginToFinish(admin);
        admin.get(base + "/admin/charging.xhtml?gate=" + day);
        Pages.switchLanguageOnAnyPage(admin, "en");
        Pages.waitForText(admin, By.id("gate:requirements"), "ST-N03");
        assertTrue(admin.findElement(By.id("gate:requirements")).getText().contains("650.0"));
        admin.findElement(By.id("gate:allocate")).click();
        Pages.waitForText(admin, By.id("messages"), "Charging rights for " + day + " allocated");
        Browser.screenshot(admin, "admin-charging-en");

        operator.get(base + "/station/charging.xhtml?day=" + day);
        Pages.waitForText(operator, By.id("charging-report"), "ST-N03");
        WebElement run = operator.findElement(By.id("run-T1"));
        assertTrue(run.getText().contains("650.0"), run.getText());
        assertTrue(run.getText().contains("其他充电站") || !run.findElements(By.tagName("canvas")).isEmpty());
        assertEquals(1, run.findElements(By.tagName("canvas")).size(), "the loading chart");
        assertTrue(!run.getText().contains("ST-N01"), "another operator's station is not listed");
        Browser.screenshot(operator, "station-charging-rights-zh");
        operator.findElement(By.id("csv-ST-N03")).click();
        List<String> lines = Files.readAllLines(Pages.waitForDownload(downloads, ".csv"));
        assertEquals(97, lines.size());
        assertTrue(lines.get(0).endsWith("station,day,slot_start,slot_end,kw"), lines.get(0));
        assertTrue(lines.get(81).startsWith("ST-N03," + day + ",20:00,20:15,"), lines.get(81));

        regulator = Browser.start("en-GB");
        Pages.logIn(regulator, base, "regulator");
        Pages.waitForLoginToFinish(regulator);
        regulator.get(base + "/regulator/charging.xhtml?day=" + day);
        Pages.switchLanguageOnAnyPage(regulator, "en");
        Pages.waitForText(regulator, By.id("run-T1"), "Jain fairness index");
        String report = regulator.findElement(By.id("run-T1")).getText();
        assertTrue(report.contains("ST-N01") && report.contains("ST-N02") && report.contains("ST-N03"), report);
        assertTrue(report.contains("the transformer was the bottleneck"), report);
        Browser.screenshot(regulator, "regulator-charging-en");
        Pages.switchLanguageOnAnyPage(regulator, "zh");
        Pages.waitForText(regulator, By.id("run-T1"), "Jain 公平指数");
        assertTrue(regulator.findElement(By.id("run-T1")).getText().contains("变压器容量成为瓶颈"));
        Browser.screenshot(regulator, "regulator-charging-zh");
    }

    static void field(ChromeDriver d, String id, String value) {
        WebElement e = d.findElement(By.id("editor:" + id));
        e.clear();
        e.sendKeys(value);
    }
}
