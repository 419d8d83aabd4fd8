/**
 * Platform: infrastructure shared by every module — the embedded PostgreSQL default, demo mode and the demo mail
 * server, use-case transactions, the clock, idempotent forms, trusted proxies and the last-resort error page. Depends on no business module.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {}, type = ApplicationModule.Type.OPEN)
@NullMarked
package org.portailfamille.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
