package org.commonplace.library;

import org.commonplace.support.Api;
import org.commonplace.support.Chromium;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: a mentor attaches a document to their resource with the page's form. */
@ExtendWith(ArquillianExtension.class)
class LibraryFileBrowserIT {
    @ArquillianResource
    URL base;

    WebDriver browser;
    String site;

    @BeforeEach
    void start() {
        browser = Chromium.start();
        site = new Api(base).base();
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
    }

    @Test
    void a_mentor_uploads_a_file_and_sees_it_listed() throws Exception {
        long id = new LibraryFixture(new Api(base)).addPublic("Browser upload");
        Path file = Files.createDirectories(Path.of("target", "browser-uploads")).resolve("Welcome pack.pdf");
        Files.write(file, SampleFiles.pdf("Welcome pack"));

        browser.get(site + "/login");
        browser.findElement(By.id("username")).sendKeys("mentor1");
        browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("form[action='/logout']")).size() == 1);

        browser.get(site + "/library/" + id);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#files form[enctype='multipart/form-data'] button[type='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> !d.findElements(By.cssSelector(".file-list a")).isEmpty());

        assertThat(browser.findElement(By.cssSelector(".file-list a")).getText()).isEqualTo("Welcome pack.pdf");
        assertThat(browser.findElement(By.cssSelector(".file-list")).getText()).contains("PDF");
        assertThat(browser.getCurrentUrl()).endsWith("/library/" + id + "#files");
    }
}
