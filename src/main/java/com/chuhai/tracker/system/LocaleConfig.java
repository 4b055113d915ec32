package com.chuhai.tracker.system;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages the app speaks: English, French and Simplified Chinese. {@code ?lang=fr} (or
 * {@code zh-CN}, {@code en}) chooses one and a cookie remembers it; until then the browser's
 * Accept-Language picks among them, and English is the default.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.SIMPLIFIED_CHINESE);
    static final String PARAMETER = "lang";
    public static final String COOKIE = "chuhai-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(LocaleConfig::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SupportedLocaleChangeInterceptor());
    }

    /** The first of the browser's languages that the app speaks, else English. */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.ENGLISH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            Locale supported = supported(wanted);
            if (supported != null) {
                return supported;
            }
        }
        return Locale.ENGLISH;
    }

    /** The supported locale for a wish: zh, zh-CN and zh-Hans mean Simplified Chinese; null for others. */
    static Locale supported(Locale wanted) {
        if (wanted == null) {
            return null;
        }
        if (wanted.getLanguage().equals("zh")) {
            boolean traditional = wanted.getScript().equals("Hant")
                    || List.of("TW", "HK", "MO").contains(wanted.getCountry());
            return traditional ? null : Locale.SIMPLIFIED_CHINESE;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(null);
    }

    /** Changes the language on {@code ?lang=}; a language the app does not speak falls back to English. */
    static class SupportedLocaleChangeInterceptor extends LocaleChangeInterceptor {

        SupportedLocaleChangeInterceptor() {
            setParamName(PARAMETER);
            setIgnoreInvalidLocale(true);
        }

        @Override
        protected Locale parseLocaleValue(String localeValue) {
            Locale supported = supported(super.parseLocaleValue(localeValue));
            return supported == null ? Locale.ENGLISH : supported;
        }
    }
}
