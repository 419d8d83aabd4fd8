/**
 * Requests: the generic workflow of a parent's demand and a staff decision (en attente, acceptée, refusée).
 * Depends on no business module; owning modules apply accepted requests of their own types.
 * Its domain is built by the "Mon compte and the requests workflow" issue.
 */
@ApplicationModule(displayName = "Requests", allowedDependencies = {"shared", "access"})
@NullMarked
package org.portailfamille.requests;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
