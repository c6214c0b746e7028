package org.commonplace.cohort;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser: a demo partner signs in and finds their cohort; another partner cannot open it. */
@ExtendWith(ArquillianExtension.class)
class MemberSeesCohortBrowserIT {
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

    void signIn(String username) {
        browser.get(site + "/");
        browser.findElement(By.linkText("Sign in")).click();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.cssSelector("form[action='/logout']")).size() == 1);
    }

    @Test
    void a_demo_partner_signs_in_and_sees_their_cohort() {
        signIn("partner1");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Pat Northside");
        WebElement cohortLink = browser.findElement(By.linkText("Cohort A"));
        assertThat(browser.findElements(By.linkText("Cohort B"))).isEmpty();

        cohortLink.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/cohorts/"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Cohort A", "Mina Mentor", "Priya", "Northside Youth Network", "Open Data Collective");

        List<String> nav = browser.findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList();
        assertThat(nav).contains("Home", "My cohorts").doesNotContain("Programmes", "Invitations");
    }

    @Test
    void a_partner_of_another_cohort_gets_not_found() {
        signIn("partner1");
        browser.findElement(By.linkText("Cohort A")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/cohorts/"));
        String cohortUrl = browser.getCurrentUrl();
        browser.manage().deleteAllCookies();

        signIn("partner3");
        browser.get(cohortUrl);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("Pat Northside");
    }

    @Test
    void the_sign_in_form_is_usable_with_the_keyboard_and_labelled() {
        browser.get(site + "/login");
        assertThat(browser.findElement(By.cssSelector("label[for=username]")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("label[for=password]")).getText()).isNotBlank();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElements(By.tagName("main"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("nav[aria-label]"))).hasSize(1);
    }
}
