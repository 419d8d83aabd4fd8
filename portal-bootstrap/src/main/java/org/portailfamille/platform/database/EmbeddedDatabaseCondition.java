package org.portailfamille.platform.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when no external database is configured ({@code spring.datasource.url} unset): the portal then runs on
 * its embedded PostgreSQL. Demo data and the demo mail server depend on demo mode instead
 * ({@link org.portailfamille.platform.demo.ConditionalOnDemoMode}).
 */
public class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}
