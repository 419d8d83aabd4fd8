package org.portailfamille.platform.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Decides demo mode once the configuration is read, before any bean: a refused setting (demo with an external
 * database) stops the start-up with its message, and the decision is published as {@value DemoMode#ACTIVE} for the
 * pages' footer.
 */
public class DemoModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean on = DemoMode.isOn(environment);
        environment.getPropertySources().addFirst(
                new MapPropertySource("portalDemoMode", Map.of(DemoMode.ACTIVE, Boolean.toString(on))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
