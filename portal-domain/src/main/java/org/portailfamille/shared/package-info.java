/**
 * Shared kernel: the few value types every business module speaks (family and child ids, money,
 * school years, date ranges). Open to every module; holds no behaviour of its own beyond invariants.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.portailfamille.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
