/**
 * The web shell: layout, banner, navigation, error pages, the login page, the public pages and the home pages
 * (Accueil for families, the back-office home for staff). It names no module's page: the tabs, menu entries,
 * banner parts, Accueil blocks and staff home cards are contributed by the modules' web adapters through the
 * contract of the {@code access} module ({@code NavigationEntry}, {@code BannerContribution},
 * {@code FamilyHomeSection}, {@code StaffHomeCard}).
 */
@ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"shared", "access"})
@NullMarked
package org.portailfamille.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
