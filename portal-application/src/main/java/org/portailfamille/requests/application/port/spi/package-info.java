/**
 * What a module owning request types provides to the workflow: the check, at decision time, that the
 * request still matches the current state of what it changes.
 */
@NamedInterface("spi")
@NullMarked
package org.portailfamille.requests.application.port.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
