/** The messaging module's published API. */
@NamedInterface("api")
@NullMarked
package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
