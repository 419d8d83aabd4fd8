package org.portailfamille.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.util.function.Supplier;

/**
 * The URL of the portal's stylesheet for the pages written outside Thymeleaf (Tomcat's last-resort error page, the
 * 503 page when the database is away): the fingerprinted one the templates link (ADR 0049), so those pages share the
 * browser's cached copy and never show a stale stylesheet after a release. Before Spring MVC is ready it is the plain
 * path, which the resource chain also serves.
 */
final class PortalStylesheet implements Supplier<String> {

    static final String PATH = "/css/portal.css";

    private final ObjectProvider<ResourceUrlProvider> urls;
    private volatile String resolved;

    PortalStylesheet(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    @Override
    public String get() {
        String url = resolved;
        if (url != null) {
            return url;
        }
        ResourceUrlProvider provider = urls.getIfAvailable();
        String versioned = provider == null ? null : provider.getForLookupPath(PATH);
        if (versioned == null || versioned.equals(PATH)) {
            return PATH; // not resolvable yet: ask again next time
        }
        resolved = versioned;
        return versioned;
    }
}
