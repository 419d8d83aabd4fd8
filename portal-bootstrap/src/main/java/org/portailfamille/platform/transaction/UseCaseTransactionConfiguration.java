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
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every use case runs in one transaction, by rule rather than by annotation: the services stay free of
 * framework code. The advisor wraps the methods of classes in an {@code application.service} package that
 * implement an interface of an {@code application.port.in} package. A use case that needs other semantics
 * declares {@code jakarta.transaction.Transactional} (the one allowed exception).
 * <p>
 * Query use cases run in a read-only transaction (PostgreSQL refuses any write in it): a method is a query when
 * every port.in interface of the service declaring it is named {@code View…UseCase}, {@code List…UseCase},
 * {@code Get…UseCase}, {@code Count…UseCase}, {@code Search…UseCase} or {@code Find…UseCase}. Everything else is a
 * command and runs read-write. A use case that writes while reading (say, it records who read health data) is a
 * command and must not carry a query name (docs/architecture.md, "Transactions").
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseTransactionConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor useCaseTransactionAdvisor(BeanFactory beanFactory) {
        TransactionInterceptor interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(new UseCaseTransactionAttributeSource());
        // The transaction manager is looked up lazily, at the first call.
        interceptor.setBeanFactory(beanFactory);
        return new DefaultPointcutAdvisor(new UseCasePointcut(), interceptor);
    }

    /** A read-only transaction for query use cases, a read-write one for commands. */
    static final class UseCaseTransactionAttributeSource implements TransactionAttributeSource {

        private static final Pattern QUERY = Pattern.compile("(View|List|Get|Count|Search|Find)[A-Z]\\w*UseCase");

        private static final TransactionAttribute COMMAND = new DefaultTransactionAttribute();
        private static final TransactionAttribute QUERY_ATTRIBUTE = readOnly();

        @Override
        public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
            return isQuery(method, targetClass == null ? method.getDeclaringClass() : targetClass)
                    ? QUERY_ATTRIBUTE : COMMAND;
        }

        /** Every use-case interface declaring the method is a query (a command and a query sharing it: command). */
        static boolean isQuery(Method method, Class<?> targetClass) {
            List<Class<?>> declaring = UseCasePointcut.useCases(targetClass)
                    .filter(type -> UseCasePointcut.declares(type, method)).toList();
            return !declaring.isEmpty()
                    && declaring.stream().allMatch(type -> QUERY.matcher(type.getSimpleName()).matches());
        }

        private static TransactionAttribute readOnly() {
            DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
            attribute.setReadOnly(true);
            return attribute;
        }
    }

    /** Matches use-case methods: declared by a port.in interface, implemented by an application service. */
    static final class UseCasePointcut extends StaticMethodMatcherPointcut {

        UseCasePointcut() {
            setClassFilter(type -> type.getPackageName().endsWith(".application.service"));
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return useCases(targetClass).anyMatch(type -> declares(type, method));
        }

        static Stream<Class<?>> useCases(Class<?> targetClass) {
            return Arrays.stream(targetClass.getInterfaces())
                    .filter(type -> type.getPackageName().endsWith(".application.port.in"));
        }

        static boolean declares(Class<?> type, Method method) {
            try {
                type.getMethod(method.getName(), method.getParameterTypes());
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}
