package com.chuhai.tracker.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Small web settings that belong to no feature. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** Browsers ask for /favicon.ico where no page names an icon (JSON, Swagger UI): send them ours. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/img/favicon.svg")
                .setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }
}
