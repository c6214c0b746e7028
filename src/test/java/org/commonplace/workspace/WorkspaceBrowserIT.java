package org.commonplace.workspace;

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

import java.net.URL;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** In real browsers: a pair exchanges a draft, revises it, compares versions, and a clashing save loses nothing. */
@ExtendWith(ArquillianExtension.class)
class WorkspaceBrowserIT {
    @ArquillianResource
    URL base;

    WebDriver mentor;
    WebDriver partner;
    String site;
    Api api;
    WorkspaceFixture fixture;

    @BeforeEach
    void start() {
        api = new Api(base);
        fixture = new WorkspaceFixture(api);
        site = api.base();
    }

    @AfterEach
    void stop() {
        if (mentor != null) mentor.quit();
        if (partner != null) partner.quit();
    }

    WebDriver signIn(String username) {
        WebDriver browser = Chromium.start();
        browser.get(site + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(WorkspaceFixture.PASSWORD, Keys.ENTER);
        waitFor(browser, By.cssSelector("form[action='/logout']"));
        return browser;
    }

    static WebElement waitFor(WebDriver browser, By what) {
        Chromium.waitUntil(browser, d -> !d.findElements(what).isEmpty());
        return browser.findElement(what);
    }

    @Test
    void a_pair_exchanges_a_draft_revises_it_and_compares_the_versions() {
        WorkspaceFixture.Pair pair = fixture.pair();
        mentor = signIn(pair.mentor());
        // from the navigation to the workspace and its documents
        mentor.findElement(By.linkText("Workspaces")).click();
        waitFor(mentor, By.cssSelector("a[href='/workspaces/" + pair.id() + "']")).click();
        waitFor(mentor, By.cssSelector("nav.tabs a[href='/workspaces/" + pair.id() + "/documents']")).click();
        waitFor(mentor, By.id("title")).sendKeys("Funding bid");
        mentor.findElement(By.id("body")).sendKeys("We ask for support.\nFor the youth clubs.");
        mentor.findElement(By.cssSelector("form[action$='/documents'] button[type='submit']")).click();
        waitFor(mentor, By.id("doc-body"));
        assertThat(mentor.findElement(By.id("doc-version")).getText()).contains("Version 1");
        String documentUrl = mentor.getCurrentUrl();

        partner = signIn(pair.partner());
        partner.get(site + "/workspaces/" + pair.id() + "/documents");
        waitFor(partner, By.linkText("Funding bid")).click();
        waitFor(partner, By.cssSelector("#edit summary")).click();
        WebElement text = partner.findElement(By.id("draft-body"));
        text.clear();
        text.sendKeys("We ask for 5000 euros.\nFor the youth clubs.\nWe report in June.");
        partner.findElement(By.id("note")).sendKeys("added the amount");
        partner.findElement(By.id("save-document")).click();
        Chromium.waitUntil(partner, d -> d.findElement(By.id("doc-version")).getText().contains("Version 2"));

        mentor.get(documentUrl);
        assertThat(waitFor(mentor, By.id("doc-body")).getText()).contains("5000 euros").contains("We report in June.");
        mentor.findElement(By.id("compare")).click();
        WebElement diff = waitFor(mentor, By.id("diff"));
        assertThat(mentor.findElement(By.id("diff-heading")).getText()).contains("Version 1 compared with version 2");
        assertThat(diff.findElements(By.tagName("del"))).extracting(WebElement::getText).anyMatch(t -> t.contains("support"));
        assertThat(diff.findElements(By.tagName("ins"))).extracting(WebElement::getText).anyMatch(t -> t.contains("5000 euros"));
        assertThat(diff.getText()).contains("We report in June.");
        mentor.findElement(By.linkText("inline")).click();
        waitFor(mentor, By.cssSelector("#diff.inline ol.diff-lines"));
        assertThat(mentor.findElement(By.id("diff")).findElements(By.tagName("ins"))).isNotEmpty();

        // the mentor starts editing version 2; meanwhile the partner saves version 3; the mentor's save shows both texts
        mentor.get(documentUrl);
        waitFor(mentor, By.cssSelector("#edit summary")).click();
        WebElement mine = mentor.findElement(By.id("draft-body"));
        mine.clear();
        mine.sendKeys("We ask for 6000 euros.");
        fixture.as(pair.partner()).contentType(ContentType.JSON).body(Map.of("title", "Funding bid", "body", "We ask for 5500 euros.", "baseVersion", 2))
                .put("/api/v1/workspaces/" + pair.id() + "/documents/" + documentUrl.substring(documentUrl.lastIndexOf('/') + 1))
                .then().statusCode(200);
        mentor.findElement(By.id("save-document")).click();
        WebElement conflict = waitFor(mentor, By.id("conflict"));
        assertThat(conflict.getText()).contains("Nothing was overwritten").contains("5500 euros").contains("6000 euros");
        assertThat(mentor.findElement(By.id("draft-body")).getAttribute("value")).isEqualTo("We ask for 6000 euros.");
        mentor.findElement(By.id("save-document")).click();
        Chromium.waitUntil(mentor, d -> d.findElement(By.id("doc-version")).getText().contains("Version 4"));
        assertThat(mentor.findElement(By.id("doc-body")).getText()).contains("6000 euros");
    }
}
