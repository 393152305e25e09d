package org.parkchain.charging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.parkchain.testsupport.Browser;
import org.parkchain.testsupport.Pages;
import org.parkchain.testsupport.RunningApp;

/** The park admin's topology journey in real Chromium: add a station, meet the transformer's limit, edit it. */
class TopologyBrowserIT {
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
    void theParkAdminAddsAStationWithinTheLimitAndEditsIt() {
        driver = Browser.start("en-GB");
        Pages.logIn(driver, base, "admin");
        Pages.waitForTitle(driver, "Park administration");
        driver.findElement(By.linkText("Transformers and stations")).click();
        Pages.waitForTitle(driver, "Transformers and charging stations");
        String code = "SB-" + System.nanoTime() % 100_000;
        new Select(driver.findElement(By.id("stations:transformer"))).selectByVisibleText(
                "T2 · South Transformer 2 (736.0 kW)");
        new Select(driver.findElement(By.id("stations:operator"))).selectByIndex(1);
        driver.findElement(By.id("stations:code")).sendKeys(code);
        driver.findElement(By.id("stations:nameEn")).sendKeys("Browser Test Station");
        driver.findElement(By.id("stations:nameZh")).sendKeys("浏览器测试站");
        driver.findElement(By.id("stations:maxPower")).sendKeys("999");
        driver.findElement(By.id("stations:connectors")).sendKeys("two");
        driver.findElement(By.id("stations:save")).click();
        Pages.waitForText(driver, By.id("stations:messages"), "Connectors: Enter a whole number.");
        driver.findElement(By.id("stations:connectors")).clear();
        driver.findElement(By.id("stations:connectors")).sendKeys("2");
        driver.findElement(By.id("stations:save")).click();
        Pages.waitForText(driver, By.id("stations:messages"), "at most the transformer's limit of 736 kW");
        Browser.screenshot(driver, "admin-topology-refused");
        driver.findElement(By.id("stations:maxPower")).clear();
        driver.findElement(By.id("stations:maxPower")).sendKeys("75");
        driver.findElement(By.id("stations:save")).click();
        Pages.waitForText(driver, By.id("stations:messages"), "Station " + code + " added.");
        By row = By.xpath("//tbody[@id='stations:list_data']/tr[td[contains(., '" + code + "')]]");
        assertTrue(driver.findElement(row).getText().contains("75.0 kW"), driver.findElement(row).getText());

        driver.findElement(row).findElement(By.tagName("button")).click();
        Pages.waitForText(driver, By.cssSelector("#stations h3"), "Edit station " + code);
        assertEquals("75", driver.findElement(By.id("stations:maxPower")).getAttribute("value")
                .replaceAll("\\.0$", ""));
        driver.findElement(By.id("stations:connectors")).clear();
        driver.findElement(By.id("stations:connectors")).sendKeys("8");
        driver.findElement(By.id("stations:save")).click();
        Pages.waitForText(driver, By.id("stations:messages"), "Station " + code + " saved.");
        assertTrue(driver.findElement(row).getText().contains("75.0 kW 8"), driver.findElement(row).getText());
        Browser.screenshot(driver, "admin-topology-en");
        Pages.switchLanguage(driver, "zh", "变压器与充电站");
        assertTrue(driver.findElement(By.id("transformers:list")).getText().contains("北区1号变压器"));
        Browser.screenshot(driver, "admin-topology-zh");
        Pages.switchLanguage(driver, "en", "Transformers and charging stations");
    }
}
