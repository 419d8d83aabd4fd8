package org.portailfamille.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the forced-password-change gate on every page but the few a temporary password may see. */
@Configuration(proxyBeanMethods = false)
class WebMvcSecurityConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ForcedPasswordChangeInterceptor())
                .addPathPatterns("/**")
                .excludePathPatterns(ForcedPasswordChangeInterceptor.CHANGE_PAGE, "/error", "/error/**",
                        "/css/**", "/js/**", "/images/**", "/accessibilite", "/mentions-legales",
                        "/donnees-personnelles", "/contact", "/demo/**", "/connexion", "/inscription");
    }
}
