package org.portailfamille.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

import java.time.Clock;
import java.time.Duration;

/**
 * Deny by default: everything outside the public allowlist needs a login; family pages ({@code /famille/**})
 * need the PARENT role, back-office pages ({@code /gestion/**}) the STAFF role. CSRF tokens on every form,
 * a strict Content-Security-Policy without inline scripts or styles, no caching of authenticated pages.
 * The credentials are checked by the one {@link AuthenticationProvider} bean (the accounts module's).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC_PATHS = {
            "/connexion", "/connexion/file-attente", "/mot-de-passe/oublie", "/mot-de-passe/reinitialiser", "/inscription",
            "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/contact", "/envoi-non-confirme",
            "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/demo/**", "/error",
            // the payment provider's server-to-server notification (signed; ADR 0027)
            "/paiement-en-ligne/notification"
    };

    /** Server-to-server endpoints: no browser, no session, no CSRF token; a signature stands for it (ADR 0027). */
    static final String[] SIGNED_NOT_CSRF = {"/paiement-en-ligne/notification", "/demo/payfip/api/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, AuthenticationProvider provider,
                                       SecurityContextRepository contextRepository,
                                       @Value("${portal.municipality.website-url}") String websiteUrl,
                                       @Value("${portal.session.absolute-lifetime:PT12H}") Duration absoluteLifetime,
                                       Clock clock, DeviceCookies devices,
                                       org.springframework.context.ApplicationContext applicationContext) throws Exception {
        // The page asked for before the login is remembered, except the root: an anonymous visit to "/" (the
        // commonest, and a cheap way to fill the sessions table) stores no session.
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/")),
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/favicon.ico")),
                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/error"))));
        http
                // A manager of its own, without the global one as parent: with the provider bean also registered
                // globally, a refused login went through it twice and counted two failures.
                .authenticationManager(new ProviderManager(provider))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                // the login form's token in a cookie of its own, the others in the session (ADR 0045)
                .csrf(csrf -> csrf.csrfTokenRepository(new LoginFormCsrfTokenRepository())
                        .ignoringRequestMatchers(SIGNED_NOT_CSRF))
                .addFilterBefore(new AbsoluteSessionLifetimeFilter(absoluteLifetime, clock), SecurityContextHolderFilter.class)
                .requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        // metrics and the SBOM only on the management port (issue 15), never on the public one
                        .requestMatchers(new org.springframework.security.web.util.matcher.AndRequestMatcher(
                                onManagementPort(applicationContext), PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")))
                        .permitAll()
                        // operations endpoints other than the health probes are for no portal user
                        .requestMatchers("/actuator", "/actuator/**").denyAll()
                        .requestMatchers("/famille/**").hasRole("PARENT")
                        .requestMatchers("/gestion/**").hasRole("STAFF")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/connexion")
                        .loginProcessingUrl("/connexion")
                        .usernameParameter("identifiant")
                        .passwordParameter("motDePasse")
                        .authenticationDetailsSource(LoginDetails.source(devices))
                        .successHandler(new RoleBasedSuccessHandler(devices))
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/deconnexion")
                        .logoutSuccessUrl(websiteUrl)
                        .invalidateHttpSession(true)
                        .deleteCookies("SESSION", "JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                // an upload over the hard ceiling: the French 413 page, before the CSRF filter reads the body
                .addFilterBefore(new UploadCeilingFilter(), CsrfFilter.class);
        return http.build();
    }

    /**
     * A request that came in on another port than the portal's public one: the management port
     * ({@code management.server.port}), which is not published. Never true when the actuator shares the public port.
     */
    static org.springframework.security.web.util.matcher.RequestMatcher onManagementPort(
            org.springframework.context.ApplicationContext context) {
        return request -> context instanceof org.springframework.boot.web.server.context.WebServerApplicationContext web
                && web.getWebServer() != null && web.getWebServer().getPort() > 0
                && request.getLocalPort() != web.getWebServer().getPort();
    }
}
