/**
 * The web shell: layout, banner, navigation, security, error pages, the login page and the home pages
 * (Accueil for families, the back-office home for staff), composed from the modules' published APIs.
 */
@ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"shared", "access", "accounts :: api", "billing :: api", "messaging :: api",
                "requests :: api"})
@NullMarked
package org.portailfamille.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
