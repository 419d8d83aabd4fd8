package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Activity;

import java.util.Optional;

/** Where activities are kept. */
public interface Activities {

    void add(Activity activity);

    Optional<Activity> byId(ActivityId id);
}
