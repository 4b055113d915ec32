package com.chuhai.tracker.system;

import com.chuhai.tracker.user.Role;
import com.chuhai.tracker.web.ApiAuthProblems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may do what. Anyone reads; writing needs a user with the EDITOR or ADMIN role. The API signs in
 * with HTTP Basic on every request and keeps no session, so it needs no CSRF token: a browser cannot
 * send its JSON bodies across sites without a CORS preflight, which this app never grants.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    /** The suggestions' collection: anyone may post to it, only editors list it. */
    static final String SUGGESTIONS = "/api/v1/suggestions";

    /** Scripts and styles only from this app: data can never run as code, even if some escaped. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Swagger UI sets inline styles; it gets them, and nothing else more than the rest of the app. */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY + "; style-src 'self' 'unsafe-inline'";

    /** Spring Session's cookie. */
    static final String SESSION_COOKIE = "SESSION";

    private static final RequestMatcher SWAGGER_UI =
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    /**
     * The pages and resources anyone may read. Access fails closed: a page that is not listed here
     * (nor under /admin or /account) is refused, so a new route is private until someone decides it is
     * public ({@code SecurityRulesTest} walks every mapped route).
     */
    static final String[] PUBLIC_PAGES = {
        "/",
        "/companies",
        "/companies/*",
        "/migrations",
        "/migrations.atom",
        "/companies/*/migrations.atom",
        "/providers",
        "/providers/*",
        "/regions",
        "/regions/*",
        "/suggest/*",
        "/suggestions/*",
        "/login",
        "/error",
        "/css/**",
        "/js/**",
        "/img/**",
        "/webjars/**",
        "/favicon.ico",
        "/v3/api-docs*",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**"
    };

    /** Browser features no page of ours uses, switched off for every page (see {@link HardeningHeaders}). */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /**
     * The signed-in sessions, kept in the database by Spring Session so that every instance shares them,
     * and so that disabling a user or changing their role ends their sessions wherever they are used.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Operations: the health probes are open (load balancers and orchestrators call them); metrics and
     * everything else of the actuator need an admin, signing in with HTTP Basic (as a scraper does).
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, ApiAuthProblems problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.realmName(ApiAuthProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfig::headers)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiAuthProblems problems) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        // Readers suggest without an account; only editors read the queue.
                        .requestMatchers(HttpMethod.POST, SUGGESTIONS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, SUGGESTIONS)
                        .hasAnyRole(Role.WRITERS)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole(Role.WRITERS))
                .httpBasic(basic -> basic.realmName(ApiAuthProblems.REALM).authenticationEntryPoint(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfig::headers)
                .build();
    }

    /**
     * Pages: anyone reads; {@code /admin/**} needs an editor or admin (users: an admin), who signs in
     * with the form at {@code /login}. Every form carries a CSRF token; the session id changes at sign-in;
     * signing out (a POST) ends the session and deletes its cookie; a session lasts at most
     * {@code app.session.absolute-timeout} however active ({@link SessionLifetime}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            SessionRegistry sessions,
            Clock clock,
            @Value("${app.session.absolute-timeout:12h}") Duration absoluteTimeout)
            throws Exception {
        return http.authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers("/admin/users/**")
                                .hasRole(Role.ADMIN.name())
                                .requestMatchers("/admin/**")
                                .hasAnyRole(Role.WRITERS)
                                .requestMatchers("/account/**")
                                .authenticated()
                                .requestMatchers(HttpMethod.GET, PUBLIC_PAGES)
                                .permitAll()
                                .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGES)
                                .permitAll()
                                // Readers suggest facts without an account (a CSRF token still guards the form).
                                .requestMatchers(HttpMethod.POST, "/suggest/*")
                                .permitAll()
                                .anyRequest()
                                .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(SecurityConfig::afterSignIn)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?loggedOut")
                        .invalidateHttpSession(true)
                        .deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()))
                .addFilterAfter(new SessionLifetime(absoluteTimeout, clock), SecurityContextHolderFilter.class)
                .addFilterAfter(new UploadGuard(), SessionLifetime.class)
                .headers(SecurityConfig::headers)
                .build();
    }

    /**
     * CSRF tokens in a cookie (HttpOnly, SameSite=Lax, Secure over https) rather than in the session,
     * and the page to return to after signing in too: a reader who only reads, the sign-in page
     * included, gets no session (none is stored until the sign-in form is posted).
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /**
     * Editors and admins go on to /admin; a viewer, who may not enter data, to the dashboard; someone
     * who must replace a generated password, to the password form.
     */
    private static void afterSignIn(HttpServletRequest request, HttpServletResponse response, Authentication user)
            throws IOException {
        if (user.getAuthorities().stream()
                .anyMatch(authority -> "PASSWORD_CHANGE_REQUIRED".equals(authority.getAuthority()))) {
            response.sendRedirect(request.getContextPath() + "/account/password?required");
            return;
        }
        response.sendRedirect(request.getContextPath() + (isWriter(user) ? "/admin" : "/"));
    }

    /** Whether {@code user} is signed in as an editor or admin. */
    static boolean isWriter(Authentication user) {
        return user != null
                && user.isAuthenticated()
                && user.getAuthorities().stream()
                        .anyMatch(authority -> Arrays.stream(Role.WRITERS)
                                .anyMatch(role -> authority.getAuthority().equals("ROLE_" + role)));
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        new NegatedRequestMatcher(SWAGGER_UI),
                        new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        SWAGGER_UI, new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                // Written by HardeningHeaders before any filter can answer; Spring Security's own are off.
                .contentTypeOptions(HeadersConfigurer.ContentTypeOptionsConfig::disable)
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable);
    }
}
