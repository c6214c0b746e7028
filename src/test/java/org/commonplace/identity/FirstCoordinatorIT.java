package org.commonplace.identity;

import jakarta.mail.internet.MimeMessage;
import org.commonplace.support.Api;
import org.commonplace.support.BrowserSession;
import org.commonplace.support.TestMail;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.Map;

import static org.hamcrest.Matchers.*;

/**
 * The suite starts the application with commonplace.bootstrap.coordinator-email set (see pom.xml):
 * that address is invited as a coordinator at start-up, as the first coordinator of a real
 * installation would be.
 */
@ExtendWith(ArquillianExtension.class)
class FirstCoordinatorIT {
    static final String EMAIL = "first-coordinator@example.org";

    @ArquillianResource
    URL base;

    @Test
    void the_configured_address_is_invited_as_coordinator_at_start_up() {
        Api api = new Api(base);
        MimeMessage mail = TestMail.awaitMail(EMAIL, "invited");
        String link = TestMail.linkIn(mail, "/invitation/");
        new BrowserSession(api).get(link).then().statusCode(200).body(containsString("coordinator"));
        new BrowserSession(api).postForm(link, link, Map.of("password", "the very first coordinator", "confirm",
                "the very first coordinator")).then().statusCode(303);
        api.signIn(EMAIL, "the very first coordinator").then().statusCode(200)
                .body("user.roles", contains("coordinator"));
        api.asToken(api.tokenFor(EMAIL, "the very first coordinator")).get("/api/v1/cohorts").then()
                .body("items.name", hasItems("Cohort A", "Cohort B"));
    }
}
