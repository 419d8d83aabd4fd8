package org.portailfamille.platform.submission;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import java.time.Clock;

/** Wires idempotent forms: the key in every form, the interceptor on every state-changing request. */
@Configuration(proxyBeanMethods = false)
class SubmissionKeyConfiguration {

    @Bean
    FormSubmissions formSubmissions(JdbcClient jdbc, Clock clock) {
        return new FormSubmissions(jdbc, clock);
    }

    @Bean
    WebMvcConfigurer submissionKeys(FormSubmissions submissions) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new SubmissionKeyInterceptor(submissions)).addPathPatterns("/**").order(-100);
            }
        };
    }

    /** Spring Security's processor (CSRF token) keeps working; the key comes with it. */
    @Bean
    static BeanPostProcessor submissionKeyInForms() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestDataValueProcessor processor
                        && !(bean instanceof SubmissionKeyDataValueProcessor)
                        && "requestDataValueProcessor".equals(beanName)) {
                    return new SubmissionKeyDataValueProcessor(processor);
                }
                return bean;
            }
        };
    }

    /**
     * Session attributes are upserted: two requests of one session adding the same attribute at once (flash
     * attributes of concurrent submits) no longer fail on a duplicate key.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
