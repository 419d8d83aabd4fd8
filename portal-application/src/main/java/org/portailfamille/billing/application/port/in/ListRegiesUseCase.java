package org.portailfamille.billing.application.port.in;

import java.util.List;

/** Every régie, by name. */
public interface ListRegiesUseCase {
    List<RegieSummary> regies();
}
