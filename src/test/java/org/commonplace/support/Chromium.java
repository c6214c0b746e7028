package org.commonplace.support;

import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.function.Function;

/**
 * Debian's Chromium driven by Debian's chromedriver (both installed by .ci/run), headless, with
 * the background networking that this machine's closed network would refuse switched off.
 */
public final class Chromium {
    private Chromium() { }

    /** A fresh browser with an empty profile, under target/ so that nothing piles up in the temp directory. */
    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        try {
            java.nio.file.Path profiles = java.nio.file.Path.of("target", "chromium-profiles");
            Files.createDirectories(profiles);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory(profiles, "profile").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Waits up to 15 s until the condition holds. While a form post replaces the page, an element
     * found a moment ago may belong to the old document: Chromium then reports it stale or answers
     * "Node with given id does not belong to the document" (a plain WebDriverException). Both only
     * mean "not yet", so the condition is asked again.
     */
    public static <T> T waitUntil(WebDriver browser, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(WebDriverException.class)
                .until(condition);
    }
}
