package org.portailfamille.platform.demo;

import org.springframework.core.env.PropertyResolver;

/**
 * Whether the portal runs in demo mode (ADR 0033): the demo data and logins, the demo mail server and its public
 * page {@code /demo/courriels}. {@code portal.demo.enabled} decides; left empty (the default) it is on only for a
 * fresh embedded database (no external database, no data directory). Asking for it with an external database is
 * refused: the mailbox page shows reset links and temporary passwords to anyone.
 */
public final class DemoMode {

    /** The setting: {@code true}, {@code false}, or empty for "fresh embedded database only". */
    public static final String ENABLED = "portal.demo.enabled";
    /** The decision, published once resolved (read by the layout's footer). */
    public static final String ACTIVE = "portal.demo.active";

    private DemoMode() {
    }

    /**
     * The decision for these settings.
     *
     * @throws IllegalStateException when demo mode is asked for with an external database
     */
    public static boolean isOn(PropertyResolver environment) {
        String url = environment.getProperty("spring.datasource.url", "");
        boolean external = !url.isBlank();
        String dataDirectory = environment.getProperty("portal.embedded-database.data-directory", "");
        String setting = environment.getProperty(ENABLED, "").strip();
        if (setting.isEmpty()) {
            return !external && dataDirectory.isBlank();
        }
        boolean asked = Boolean.parseBoolean(setting);
        if (!asked && !setting.equalsIgnoreCase("false")) {
            throw new IllegalStateException(ENABLED + " must be true, false or empty, not '" + setting + "'");
        }
        if (asked && external) {
            throw new IllegalStateException("Demo mode (" + ENABLED + "=true) is impossible with an external database "
                    + "(spring.datasource.url is set): its public mailbox would show reset links and temporary "
                    + "passwords. Remove " + ENABLED + " or the external database.");
        }
        return asked;
    }
}
