package org.portailfamille.accounts.application.service;

import java.util.Objects;

/** Settings of the accounts module: the public address of the portal, used in links sent by e-mail. */
public record AccountsSettings(String portalBaseUrl) {
    public AccountsSettings {
        Objects.requireNonNull(portalBaseUrl, "portalBaseUrl");
        portalBaseUrl = portalBaseUrl.endsWith("/") ? portalBaseUrl.substring(0, portalBaseUrl.length() - 1) : portalBaseUrl;
    }
}
