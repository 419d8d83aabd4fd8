package org.portailfamille.platform.demo;

import org.springframework.context.annotation.Conditional;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean of the demo only (demo data, demo logins, the demo mail server, {@code /demo/courriels}): present only when
 * {@link DemoMode} is on. The one switch for all of them (ADR 0033).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoModeCondition.class)
public @interface ConditionalOnDemoMode {
}
