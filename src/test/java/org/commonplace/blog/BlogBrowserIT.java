package org.commonplace.blog;

import io.restassured.http.ContentType;
import org.commonplace.support.Api;
import org.commonplace.support.Chromium;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In a real browser, from a draft to a post read by an anonymous visitor: the mentor writes with
 * the live preview, names a partner and submits; the partner agrees on the consent page; a
 * coordinator approves; the mentor publishes; a visitor who never signed in finds and reads it.
 * Script typed into the post and into a comment stays inert.
 */
@ExtendWith(ArquillianExtension.class)
class BlogBrowserIT {
    /** Every way we know of to make a page run script, as a writer might type it. */
    static final String PAYLOADS = "<script>window.__xss = 1</script>\n\n<img src=x onerror=\"window.__xss = 2\">\n\n"
            + "[click me](javascript:window.__xss=3) <a href=\"javascript:window.__xss=4\">or me</a>\n\n"
            + "<svg onload=\"window.__xss = 5\"></svg> ![pic](javascript:window.__xss=6)\n\n"
            + "<iframe src=\"javascript:window.__xss=7\"></iframe> [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)";

    @ArquillianResource
    URL base;

    final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void stop() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void a_mentor_writes_a_post_the_partner_agrees_it_is_published_and_an_anonymous_visitor_reads_it() {
        Api api = new Api(base);
        String site = api.base();
        String title = BlogFixture.unique("Browser lesson ");

        WebDriver mentor = signedIn(site, "mentor1");
        mentor.get(site + "/blog/new");
        mentor.findElement(By.id("title")).sendKeys(title);
        mentor.findElement(By.id("excerpt")).sendKeys("What we learnt, in the browser.");
        mentor.findElement(By.id("tags")).sendKeys("browser, lessons");
        mentor.findElement(By.id("body")).sendKeys("We learnt **three** things.\n\n" + PAYLOADS);
        // the live preview renders what the server will publish
        wait(mentor, d -> d.findElement(By.id("body-preview")).getAttribute("innerHTML").contains("<strong>three</strong>"));
        assertThat(mentor.findElements(By.cssSelector("#body-preview script, #body-preview iframe, #body-preview svg, "
                + "#body-preview [onerror], #body-preview [onload], #body-preview a[href^='javascript']"))).isEmpty();
        mentor.findElement(By.cssSelector("form[action='/blog/new'] button[type=submit]")).click();
        wait(mentor, d -> d.getCurrentUrl().matches(".*/blog/posts/\\d+$"));
        long id = Long.parseLong(mentor.getCurrentUrl().replaceAll(".*/", ""));
        assertThat(mentor.findElement(By.id("post-status")).getText()).isEqualTo("a draft");

        WebElement person = mentor.findElement(By.id("person"));
        new Select(person).selectByValue("partner2");
        person.findElement(By.xpath("./ancestor::form//button")).click();
        wait(mentor, d -> d.findElements(By.cssSelector(".subject[data-consent]")).size() == 1);
        mentor.findElement(By.id("submit-post")).click();
        wait(mentor, d -> d.findElement(By.id("post-status")).getText().equals("in review"));
        assertThat(mentor.findElement(By.cssSelector(".subject")).getAttribute("data-consent")).isEqualTo("ASKED");

        WebDriver partner = signedIn(site, "partner2");
        partner.get(site + "/blog/mine");
        partner.findElement(By.linkText(title)).click();
        wait(partner, d -> d.getCurrentUrl().contains("/blog/consent/"));
        assertThat(partner.findElement(By.cssSelector(".blog-post h2")).getText()).isEqualTo(title);
        partner.findElement(By.id("note")).sendKeys("Happy to share this.");
        partner.findElement(By.id("give-consent")).click();
        wait(partner, d -> d.findElement(By.id("consent-now")).getText().contains("agreed"));

        new BlogFixture(api).approve(id);

        mentor.navigate().refresh();
        mentor.findElement(By.id("publish-post")).click();
        wait(mentor, d -> d.findElement(By.id("post-status")).getText().equals("published"));

        // a member comments, trying the same tricks
        api.reusing("partner3").contentType(ContentType.JSON).body(Map.of("body", "Great post! " + PAYLOADS))
                .post("/api/v1/blog/posts/" + id + "/comments").then().statusCode(201);

        WebDriver visitor = browser();
        visitor.get(site + "/blog");
        visitor.findElement(By.linkText(title)).click();
        wait(visitor, d -> d.findElement(By.tagName("h1")).getText().equals(title));
        WebElement body = visitor.findElement(By.cssSelector(".blog-body"));
        assertThat(body.findElement(By.tagName("strong")).getText()).isEqualTo("three");
        assertThat(body.getText()).contains("<script>window.__xss = 1</script>"); // shown as text
        assertThat(visitor.findElements(By.cssSelector(".blog-comment")).stream().map(WebElement::getText).toList())
                .anyMatch(t -> t.contains("Great post!") && t.contains("<img src=x"));
        assertThat(visitor.findElements(By.cssSelector("main script, main iframe, main svg, main img[onerror]"))).isEmpty();
        for (WebElement link : visitor.findElements(By.cssSelector(".blog-body a, .blog-comment a"))) {
            String href = link.getAttribute("href");
            assertThat(href == null ? "" : href).doesNotStartWith("javascript:").doesNotStartWith("data:");
        }
        for (WebElement link : visitor.findElements(By.cssSelector(".blog-body a, .blog-comment .post-body a"))) {
            if (link.getAttribute("href") != null && !link.getAttribute("href").isBlank()) continue;
            link.click(); // a link without an address does nothing
        }
        assertThat(((JavascriptExecutor) visitor).executeScript("return typeof window.__xss")).isEqualTo("undefined");
        assertThatThrownBy(() -> visitor.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(visitor.findElement(By.cssSelector(".byline")).getText()).contains(new BlogFixture(api).name("mentor1")).contains("minute");
        assertThat(visitor.findElements(By.cssSelector("#comment-form"))).isEmpty(); // sign in to comment
    }

    private WebDriver signedIn(String site, String username) {
        WebDriver b = browser();
        b.get(site + "/login");
        b.findElement(By.id("username")).sendKeys(username);
        b.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        wait(b, d -> d.findElements(By.cssSelector("form[action='/logout']")).size() == 1);
        return b;
    }

    private WebDriver browser() {
        WebDriver b = Chromium.start();
        browsers.add(b);
        return b;
    }

    private static void wait(WebDriver browser, Function<WebDriver, Boolean> condition) {
        Chromium.waitUntil(browser, condition); // a form post reloads the page under the condition
    }
}
