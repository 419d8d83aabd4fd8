package org.portailfamille.platform.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True in demo mode ({@link DemoMode}); see {@link ConditionalOnDemoMode}. */
public class DemoModeCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DemoMode.isOn(context.getEnvironment());
    }
}
