package org.portailfamille.accounts.application.port.in;

import org.portailfamille.shared.ChildId;

/** The municipality (or the demo data) adds a child to an existing family. */
public interface RegisterChildUseCase {
    ChildId registerChild(RegisterChildCommand command);
}
