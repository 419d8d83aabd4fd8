/**
 * What modules plug into the request workflow: each module owning request types contributes them to the catalogue
 * ({@link org.portailfamille.requests.application.port.spi.RequestTypeHandler}: areas, types with their labels,
 * sensitive fields and summaries, the check at decision time, the audit of a sensitive read); the module owning
 * families tells the staff queue who they are
 * ({@link org.portailfamille.requests.application.port.spi.RequestFamilies}).
 */
@NamedInterface("spi")
@NullMarked
package org.portailfamille.requests.application.port.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
