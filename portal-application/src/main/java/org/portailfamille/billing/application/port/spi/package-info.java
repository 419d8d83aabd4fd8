/**
 * What a module that records usage provides to billing: the billable days of a régie's activities in a month.
 * Planning implements it (planning → billing, the one direction between the two modules; ADR 0018).
 */
@NamedInterface("spi")
@NullMarked
package org.portailfamille.billing.application.port.spi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
