package com.chuhai.tracker.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.chuhai.tracker.support.Browser;
import com.chuhai.tracker.support.BrowserTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import com.chuhai.tracker.user.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An editor signs in, creates a company whose parent is found by typing, and sees it on its page. */
@BrowserTest
class AdminCompanyBrowserTest {

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void signInCreateACompanyWithASuggestedParentAndSeeIt() {
        Login editor = data.user(Role.EDITOR);
        String parentName = "Parent " + TestData.unique("p");
        Company parent = data.company(parentName, Sector.GAMING, 2000);
        String slug = TestData.unique("child");

        browser.driver().get("http://localhost:" + port + "/admin/companies/new");
        browser.driver().findElement(By.id("username")).sendKeys(editor.username());
        browser.driver().findElement(By.id("password")).sendKeys(editor.password());
        browser.navigate(() -> browser.driver()
                .findElement(By.cssSelector("form button[type=submit]"))
                .click());
        browser.driver().get("http://localhost:" + port + "/admin/companies/new");

        browser.driver().findElement(By.id("name")).sendKeys("Child studio");
        browser.driver().findElement(By.id("slug")).sendKeys(slug);
        new Select(browser.driver().findElement(By.id("sector"))).selectByValue("GAMING");
        browser.driver().findElement(By.id("parent")).sendKeys(parentName.substring(0, 12));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> driver.findElements(By.cssSelector("#parent-options option")).stream()
                        .anyMatch(option -> parent.getSlug().equals(option.getDomAttribute("value"))));
        browser.driver().findElement(By.id("parent")).clear();
        browser.driver().findElement(By.id("parent")).sendKeys(parent.getSlug());
        browser.submit(By.id("name"));

        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/companies");
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".alert-success"))
                        .getText())
                .contains("Child studio");
        browser.driver().get("http://localhost:" + port + "/companies/" + slug);
        assertThat(browser.driver()
                        .findElement(By.cssSelector("a[href='/companies/" + parent.getSlug() + "']"))
                        .getText())
                .isEqualTo(parentName);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
