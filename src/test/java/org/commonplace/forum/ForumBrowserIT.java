package org.commonplace.forum;

import org.commonplace.support.Api;
import org.commonplace.support.Chromium;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: two partners of one cohort talk on a board, with Markdown and a live preview;
 * and well-known XSS payloads in posts stay inert.
 */
@ExtendWith(ArquillianExtension.class)
class ForumBrowserIT {
    @ArquillianResource
    URL base;

    WebDriver browser;
    String site;
    ForumFixture forum;

    @BeforeEach
    void start() {
        browser = Chromium.start();
        Api api = new Api(base);
        site = api.base();
        forum = new ForumFixture(api);
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
    }

    void signIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(site + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        wait(d -> d.findElements(By.cssSelector("form[action='/logout']")).size() == 1);
    }

    void wait(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition::apply);
    }

    @Test
    void two_partners_talk_on_their_cohort_board_and_by_email() throws Exception {
        String title = "Browser test: sharing a rota template " + System.nanoTime();
        signIn("partner1");
        browser.findElement(By.linkText("Cohort A")).click();
        browser.findElement(By.linkText("General")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("tags")).sendKeys("rota, templates");
        browser.findElement(By.id("body")).sendKeys("Our rota in a **table**:\n\n| Day | Who |\n|---|---|\n| Mon | Pat |\n");
        // the live preview shows the Markdown rendered before posting
        browser.findElement(By.cssSelector(".preview-box summary")).click();
        wait(d -> d.findElement(By.id("body-preview")).getAttribute("innerHTML").contains("<strong>table</strong>"));
        browser.findElement(By.cssSelector("form[action$='/threads'] button[type=submit]")).click();
        wait(d -> d.getCurrentUrl().contains("/threads/"));
        String threadUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector(".post-body table")).getText()).contains("Mon", "Pat");

        // the other partner sees it as new on the board, opens it and answers with a mention
        signIn("partner2");
        browser.findElement(By.linkText("Cohort A")).click();
        browser.findElement(By.linkText("General")).click();
        var row = browser.findElement(By.xpath("//li[contains(@class,'thread-row')][.//a[normalize-space()='" + title + "']]"));
        assertThat(row.getText()).contains("new");
        row.findElement(By.linkText(title)).click();
        browser.findElement(By.linkText("Reply to this post")).click();
        var editor = browser.findElement(By.id("body"));
        editor.sendKeys("Thanks @part");
        // the autocomplete offers cohort members
        wait(d -> !d.findElements(By.cssSelector("#body-mentions button")).isEmpty());
        browser.findElements(By.cssSelector("#body-mentions button")).stream()
                .filter(b -> b.getText().contains("@partner1")).findFirst().orElseThrow().click();
        editor.sendKeys("_very_ useful.");
        browser.findElement(By.cssSelector("form[action$='/posts'] button[type=submit]")).click();
        wait(d -> d.findElements(By.id("post-2")).size() == 1);
        assertThat(browser.findElement(By.id("post-2")).getText()).contains("Priya", "in reply to Pat Northside", "@partner1", "very");

        // the first partner gets the mention by e-mail and answers it by e-mail
        jakarta.mail.internet.MimeMessage mail = org.commonplace.support.TestMail.awaitMail("partner1@demo.commonplace.example",
                "mentioned you in \"" + title + "\"");
        org.commonplace.support.TestMail.send("partner1@demo.commonplace.example", mail.getReplyTo()[0].toString(),
                "Re: " + mail.getSubject(), "Glad it helps, Priya!\n\n-- \nPat, Northside Youth Network");

        signIn("partner1");
        new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            d.get(threadUrl);
            return d.findElements(By.id("post-3")).size() == 1;
        });
        assertThat(browser.findElement(By.id("post-3")).getText()).contains("Pat Northside", "Glad it helps, Priya!");
        assertThat(browser.findElement(By.cssSelector("#post-3 .post-body")).getText())
                .as("the signature is stripped").doesNotContain("Pat, Northside");
        assertThat(browser.findElement(By.cssSelector("#post-2 .post-body em")).getText()).isEqualTo("very");
    }

    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss = 'script tag'</script>",
            "<img src=x onerror=\"window.__xss='img onerror'\">",
            "<svg onload=\"window.__xss='svg onload'\"></svg>",
            "[click me](javascript:window.__xss='javascript link')",
            "[encoded](&#106;avascript:window.__xss='encoded scheme')",
            "![image](javascript:window.__xss='javascript image')",
            "<a href=\"javascript:window.__xss='html link'\">html link</a>",
            "<div onmouseover=\"window.__xss='event handler'\">hover</div>",
            "<iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
            "[data](data:text/html,<script>window.__xss='data url'</script>)");

    @Test
    void xss_payloads_in_posts_never_execute() {
        long board = forum.board("Cohort A", "General");
        long thread = forum.startThread("partner1", board, "XSS test thread", String.join("\n\n", PAYLOADS), "DISCUSSION", List.of());
        for (String payload : PAYLOADS) forum.reply("partner2", thread, payload);

        signIn("partner2");
        browser.get(site + "/threads/" + thread);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // hover and click everything a person could hover or click inside the posts
        for (var element : browser.findElements(By.cssSelector(".post-body *"))) {
            try {
                new org.openqa.selenium.interactions.Actions(browser).moveToElement(element).perform();
            } catch (RuntimeException ignored) {
                // elements without a size cannot be hovered
            }
        }
        for (var link : browser.findElements(By.cssSelector(".post-body a"))) {
            String href = link.getAttribute("href");
            assertThat(href == null ? "" : href.toLowerCase()).doesNotStartWith("javascript:").doesNotStartWith("data:");
        }
        assertThat(js.executeScript("return window.__xss === undefined ? null : window.__xss")).isNull();
        assertThat(browser.findElements(By.cssSelector(".post-body script, .post-body svg, .post-body iframe"))).isEmpty();
        // the payloads are still there, as text
        assertThat(browser.findElement(By.id("post-2")).getText()).contains("<script>");
    }
}
