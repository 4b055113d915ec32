package com.chuhai.tracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI renders the API under the app's content security policy. */
@BrowserTest
class SwaggerUiBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Test
    void showsEveryTagOfTheApiWithoutScriptErrors() {
        browser.driver().get("http://localhost:" + port + "/swagger-ui.html");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
        assertThat(browser.driver().findElement(By.cssSelector(".info .title")).getText())
                .contains("Chuhai Cloud Tracker API");
        assertThat(browser.driver().findElements(By.cssSelector(".opblock-tag")).stream()
                        .map(tag -> tag.getDomAttribute("data-tag")))
                .contains("Companies", "Adoptions", "Migrations", "Statistics");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
