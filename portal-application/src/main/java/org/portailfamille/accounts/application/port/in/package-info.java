/** The accounts module's published API: its use cases and their commands, queries and views. */
@NamedInterface("api")
@NullMarked
package org.portailfamille.accounts.application.port.in;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
