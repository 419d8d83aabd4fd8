package org.portailfamille.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says in the start-up log whether demo mode is on, and what it exposes. */
@Component
class DemoModeAnnouncement {

    private static final Logger log = LoggerFactory.getLogger(DemoModeAnnouncement.class);

    private final boolean on;

    DemoModeAnnouncement(Environment environment) {
        this.on = DemoMode.isOn(environment);
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (on) {
            log.warn("DEMO MODE ON: demo data and logins, captured mail public at /demo/courriels. "
                    + "Never use it for real families ({}=false turns it off).", DemoMode.ENABLED);
        } else {
            log.info("Demo mode off");
        }
    }
}
