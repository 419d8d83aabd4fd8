package org.portailfamille.platform.mail;

/** Test access to the package-private demo mail configuration. */
public final class DemoMailServerConfigurationAccess {

    private DemoMailServerConfigurationAccess() {
    }

    public static Class<?> configuration() {
        return DemoMailServerConfiguration.class;
    }
}
