package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor who saves a form with mistakes, by keyboard alone: the error summary above the form has
 * the focus, says in plain words what to mend and leads to each field; every invalid field names its
 * message to assistive technology; Tab reaches every field of the form. Required fields are marked
 * before the form is sent.
 */
@BrowserTest
class FormErrorsBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @BeforeEach
    void signIn() {
        Login editor = data.user(Role.EDITOR);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(url("/login"), editor);
    }

    @Test
    void aCompanyFormWithMistakesLeadsFromItsSummaryToEachField() {
        browser.driver().get(url("/admin/companies/new"));
        for (String required : List.of("name", "slug", "sector")) {
            assertThat(browser.driver().findElement(By.id(required)).getDomAttribute("aria-required"))
                    .as(required)
                    .isEqualTo("true");
            assertThat(browser.driver().findElements(By.cssSelector("label[for=" + required + "] .required-mark")))
                    .as(required + " marked")
                    .hasSize(1);
        }
        assertThat(browser.driver().findElement(By.id("nativeName")).getDomAttribute("aria-required"))
                .isNull();
        assertThat(browser.driver().findElements(By.cssSelector("label[for=nativeName] .required-mark")))
                .isEmpty();
        browser.driver().findElement(By.id("slug")).sendKeys("Not A Slug");
        browser.driver().findElement(By.id("foundedYear")).sendKeys("1500");

        walkThroughTheErrors(
                By.cssSelector("section form[method=post] button[type=submit]"),
                List.of("name", "slug", "sector", "foundedYear"));
    }

    @Test
    void aMigrationFormWithMistakesLeadsFromItsSummaryToEachField() {
        browser.driver().get(url("/admin/migrations/new"));

        walkThroughTheErrors(By.cssSelector("button[value=save]"), List.of("company"));
    }

    private void walkThroughTheErrors(By save, List<String> invalidFields) {
        browser.navigate(() -> browser.driver().findElement(save).sendKeys(Keys.ENTER));

        WebElement summary = browser.waitForVisible(By.id("error-summary"));
        assertThat(active().getDomAttribute("id")).as("focus on the summary").isEqualTo("error-summary");
        assertThat(summary.getText()).doesNotContain("must not", "must be", "Failed to convert");
        for (String field : invalidFields) {
            WebElement input = browser.driver().findElement(By.id(field));
            assertThat(input.getDomAttribute("aria-invalid")).as(field).isEqualTo("true");
            String message = messageOf(input);
            assertThat(message).as(field + "'s message").isNotBlank();
            assertThat(summary.findElement(By.cssSelector("a[href='#" + field + "']"))
                            .getText())
                    .isEqualTo(message);
        }

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        String first = active().getDomAttribute("href");
        assertThat(first).as("the summary's first link").startsWith("#");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitFor(By.cssSelector("[id='" + first.substring(1) + "']:focus"));

        Set<String> reached = new LinkedHashSet<>();
        List<String> fields = new ArrayList<>();
        for (WebElement control : browser.driver()
                .findElements(By.cssSelector("form[method=post] input:not([type=hidden]), form[method=post] select,"
                        + " form[method=post] textarea"))) {
            if (control.isDisplayed() && control.isEnabled()) {
                fields.add(control.getDomAttribute("id"));
            }
        }
        for (int i = 0; i < fields.size() * 2 + 10 && !reached.containsAll(fields); i++) {
            reached.add(active().getDomAttribute("id"));
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(reached).as("fields reached by Tab").containsAll(fields);
        assertThat(browser.severeConsoleMessages())
                .as("no script error (the form's own answer is a 400)")
                .allMatch(message -> message.contains("status of 400"));
    }

    /** The text of the elements the field's aria-describedby names that are its error message. */
    private String messageOf(WebElement input) {
        String described = input.getDomAttribute("aria-describedby");
        assertThat(described)
                .as(input.getDomAttribute("id") + " aria-describedby")
                .isNotBlank();
        StringBuilder message = new StringBuilder();
        for (String id : described.trim().split("\\s+")) {
            WebElement part = browser.driver().findElement(By.id(id));
            if (part.getDomAttribute("class").contains("invalid-feedback")) {
                message.append(part.getText());
            }
        }
        return message.toString();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
