package com.chuhai.tracker.synthetic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The synthetic dataset asked for: {@code app.synthetic.companies} generated companies (unset: leave
 * the data as it is; 0: remove the synthetic rows) from {@code app.synthetic.seed}.
 */
@ConfigurationProperties("app.synthetic")
record SyntheticProperties(
        Integer companies, @DefaultValue("2026") long seed) {}
