package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.company.Company;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the suggestions' tests read back from the database, and the client address a request comes from. */
final class SuggestionRecords {

    private SuggestionRecords() {}

    static long adoptionsOf(JdbcClient jdbc, Company company) {
        return jdbc.sql("SELECT COUNT(*) FROM adoption WHERE company_id = ?")
                .param(company.getId())
                .query(Long.class)
                .single();
    }

    /** The e-mail address kept with suggestion {@code id}, null once it is deleted. */
    static String storedEmail(JdbcClient jdbc, String id) {
        return jdbc.sql("SELECT email FROM suggestion WHERE tracking_id = ?")
                .param(id)
                .query((row, n) -> Optional.ofNullable(row.getString(1)))
                .single()
                .orElse(null);
    }

    static long suggestionCount(JdbcClient jdbc) {
        return jdbc.sql("SELECT COUNT(*) FROM suggestion").query(Long.class).single();
    }

    /** As from {@code address}: each test suggests from its own, so that one's throttle never meets another's. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
