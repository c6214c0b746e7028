package org.commonplace.search;

import io.restassured.http.ContentType;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** In a real browser: a visitor searches from the header, narrows by a facet, and follows "did you mean". */
@ExtendWith(ArquillianExtension.class)
class SearchBrowserIT {
    @ArquillianResource
    URL base;

    WebDriver browser;
    Api api;

    @BeforeEach
    void start() {
        browser = Chromium.start();
        api = new Api(base);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
    }

    void resource(String title, String language) {
        api.reusing("mentor1").contentType(ContentType.JSON).body(Map.of("title", title, "summary", "A guide for partners",
                "body", "How we do it.", "tags", List.of("browser-search"), "type", "GUIDE", "visibility", "PUBLIC",
                "language", language)).post("/api/v1/resources").then().statusCode(201);
    }

    void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    @Test
    void a_visitor_searches_narrows_by_language_and_follows_did_you_mean() {
        // ends in "ko": no English or French stemming rule changes it, so the suggested word is the word itself
        String w = "zorblat" + SearchIT.word("").substring(0, 4) + "ko";
        resource("Mentoring handbook " + w, "en");
        resource("Manuel de mentorat " + w, "fr");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.anonymous().get("/api/v1/search?q=" + w).jsonPath().getLong("total") == 2);

        browser.get(api.base() + "/");
        browser.findElement(By.id("header-q")).sendKeys(w, Keys.ENTER);
        wait(d -> d.getCurrentUrl().contains("/search?q="));
        assertThat(browser.findElements(By.cssSelector(".search-hit"))).hasSize(2);
        assertThat(browser.findElement(By.id("search-total")).getText()).contains("2 results");

        WebElement french = browser.findElement(By.cssSelector("[data-facet=language]")).findElement(By.linkText("French"));
        french.click();
        wait(d -> d.getCurrentUrl().contains("language=fr"));
        List<WebElement> hits = browser.findElements(By.cssSelector(".search-hit h2 a"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).getText()).isEqualTo("Manuel de mentorat " + w);
        assertThat(browser.findElement(By.cssSelector("[data-facet=language] a.selected")).getText()).isEqualTo("French");

        // a typo: the page offers the right word, and following it finds both guides
        String typo = w.substring(0, 4) + "q" + w.substring(5);
        browser.get(api.base() + "/search?q=" + typo);
        WebElement didYouMean = browser.findElement(By.cssSelector("#did-you-mean a"));
        assertThat(didYouMean.getText()).isEqualToIgnoringCase(w);
        didYouMean.click();
        wait(d -> d.findElements(By.cssSelector(".search-hit")).size() == 2);
        assertThat(browser.findElement(By.cssSelector(".search-hit .snippet, .search-hit h2")).getText()).isNotBlank();
    }
}
