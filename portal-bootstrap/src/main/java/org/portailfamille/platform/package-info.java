/**
 * Platform: infrastructure shared by every module — the embedded PostgreSQL default, the demo mail
 * server, use-case transactions and the clock. Depends on no business module.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = {}, type = ApplicationModule.Type.OPEN)
@NullMarked
package org.portailfamille.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
