package com.chuhai.tracker.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.chuhai.tracker.support.IntegrationTest;
import com.chuhai.tracker.support.TestData;
import com.chuhai.tracker.support.TestData.Login;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Many addresses guessing one account share a ceiling of password checks an hour (here 3), so that a
 * distributed guesser gets few guesses; the addresses the owner signed in from are not held by it.
 */
@IntegrationTest
@TestPropertySource(properties = "app.sign-in.account-max-per-hour=3")
class SignInCeilingTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Test
    void guessesFromManyAddressesShareTheAccountsCeilingItsOwnersAddressIsNotHeld() {
        Login owner = data.user(Role.EDITOR);
        String home = address();
        assertThat(read(owner.username(), owner.password(), home))
                .as("the owner signs in from home: the address becomes known")
                .isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(read(owner.username(), "guess-" + i, address())).isEqualTo(401);
        }
        assertThat(read(owner.username(), owner.password(), address()))
                .as("past the ceiling, a fourth address is not checked, even with the right password")
                .isEqualTo(401);
        assertThat(read(owner.username(), owner.password(), home))
                .as("the owner's known address is not held by the ceiling")
                .isEqualTo(200);

        Login other = data.user(Role.EDITOR);
        assertThat(read(other.username(), other.password(), address()))
                .as("another account has its own ceiling")
                .isEqualTo(200);
    }

    private int read(String username, String password, String address) {
        return mvc.get()
                .uri("/api/v1/suggestions")
                .with(httpBasic(username, password))
                .with(from(address))
                .exchange()
                .getResponse()
                .getStatus();
    }

    /** A fresh address each time, so that only the account's ceiling, never a pair's throttle, holds. */
    private static String address() {
        return "192.0.2." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
