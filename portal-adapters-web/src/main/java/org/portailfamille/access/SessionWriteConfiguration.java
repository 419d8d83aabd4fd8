package org.portailfamille.access;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.SaveMode;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;

import java.time.Duration;

/**
 * Sessions are written when they change, not at every request (issue 14, ADR 0036): the session repository is
 * wrapped in a {@link LazyTouchSessionRepository} whose resolution is {@code portal.session.touch-resolution}.
 * A session is read without a transaction around its one statement and an unchanged one is not saved (ADR 0048).
 */
@Configuration(proxyBeanMethods = false)
class SessionWriteConfiguration {

    /**
     * Just outside Spring Session's filter: the session found at the start of a request is not looked up again when
     * Spring Session commits it a second time at the end (ADR 0048).
     */
    @Bean
    FilterRegistrationBean<Filter> sessionLookupScope() {
        Filter scope = (request, response, chain) ->
                LazyTouchSessionRepository.inRequestScope(() -> chain.doFilter(request, response));
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(scope);
        registration.setName("sessionLookupScope");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    static BeanPostProcessor lazyTouchSessions(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if ("sessionRepository".equals(beanName) && bean instanceof FindByIndexNameSessionRepository<?> sessions
                        && !(bean instanceof LazyTouchSessionRepository)) {
                    Duration resolution = environment.getProperty("portal.session.touch-resolution", Duration.class,
                            Duration.ofMinutes(1));
                    SaveMode saveMode = environment.getProperty("spring.session.jdbc.save-mode", SaveMode.class,
                            SaveMode.ON_SET_ATTRIBUTE);
                    return new LazyTouchSessionRepository(
                            (FindByIndexNameSessionRepository<? extends Session>) sessions, resolution,
                            saveMode == SaveMode.ON_SET_ATTRIBUTE);
                }
                return bean;
            }
        };
    }
}
