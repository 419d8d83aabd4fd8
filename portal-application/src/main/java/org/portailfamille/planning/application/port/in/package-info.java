/** The planning module's published API: its use cases and their commands, queries and results. */
@NamedInterface("api")
@NullMarked
package org.portailfamille.planning.application.port.in;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
