/**
 * Access: who is logged in and what they may reach — the session principal, deny-by-default rules, login
 * and logout handling, security headers, the forced password change gate and session ending. Depends on the
 * shared kernel only, so that every module's web adapter can know the current user without a cycle; the
 * credential check itself is the accounts module's (its web adapter provides the AuthenticationProvider).
 */
@ApplicationModule(displayName = "Access", allowedDependencies = "shared")
@NullMarked
package org.portailfamille.access;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
