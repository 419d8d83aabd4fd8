/** The requests module's published API: submit, list, decide. */
@NamedInterface("api")
@NullMarked
package org.portailfamille.requests.application.port.in;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
