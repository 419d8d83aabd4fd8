package org.portailfamille.platform.transaction;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Every use case runs in one transaction, by rule rather than by annotation: the services stay free of
 * framework code. The advisor wraps the methods of classes in an {@code application.service} package that
 * implement an interface of an {@code application.port.in} package. A use case that needs other semantics
 * declares {@code jakarta.transaction.Transactional} (the one allowed exception).
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseTransactionConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor useCaseTransactionAdvisor(BeanFactory beanFactory) {
        MatchAlwaysTransactionAttributeSource source = new MatchAlwaysTransactionAttributeSource();
        source.setTransactionAttribute(new DefaultTransactionAttribute());
        TransactionInterceptor interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(source);
        // The transaction manager is looked up lazily, at the first call.
        interceptor.setBeanFactory(beanFactory);
        return new DefaultPointcutAdvisor(new UseCasePointcut(), interceptor);
    }

    /** Matches use-case methods: declared by a port.in interface, implemented by an application service. */
    static final class UseCasePointcut extends StaticMethodMatcherPointcut {

        UseCasePointcut() {
            setClassFilter(type -> type.getPackageName().endsWith(".application.service"));
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Arrays.stream(targetClass.getInterfaces())
                    .filter(type -> type.getPackageName().endsWith(".application.port.in"))
                    .anyMatch(type -> declares(type, method));
        }

        private static boolean declares(Class<?> type, Method method) {
            try {
                type.getMethod(method.getName(), method.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}
