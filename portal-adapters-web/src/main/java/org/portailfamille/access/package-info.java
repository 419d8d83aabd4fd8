/**
 * Access: who is logged in and what they may reach — the session principal, deny-by-default rules, login
 * and logout handling, security headers, the forced password change gate and session ending. Depends on the
 * shared kernel only, so that every module's web adapter can know the current user without a cycle; the
 * credential check itself is the accounts module's (its web adapter provides the AuthenticationProvider).
 * <p>
 * For the same reason it holds the contract by which a module's web adapter contributes to the shell's pages
 * without the shell naming it: {@link org.portailfamille.access.NavigationEntry} (a tab or staff menu entry),
 * {@link org.portailfamille.access.StaffHomeCard}, {@link org.portailfamille.access.FamilyHomeSection} (a
 * block of Accueil), {@link org.portailfamille.access.BannerContribution} (a part of the banner line) and
 * {@link org.portailfamille.access.PublicContacts} (the contacts of the footer and the Contact page); and by
 * which a module adds a part to the staff family file that accounts shows without reading that module:
 * {@link org.portailfamille.access.StaffFamilySection} (ADR 0031). Last, the one PDF set-up every module's web
 * adapter prints its documents with: {@link org.portailfamille.access.PdfPrinter} (ADR 0043).
 */
@ApplicationModule(displayName = "Access", allowedDependencies = "shared")
@NullMarked
package org.portailfamille.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
