package archfixtures.billing.config;

import archfixtures.access.NavigationEntry;

/** Breaks "web adapters live in their module": a tab contributed from the bootstrap wiring, not adapter.in.web. */
public class BillingNavigation {

    public NavigationEntry accountStatementTab() {
        return new NavigationEntry("nav.statement", "/famille/releve");
    }
}
