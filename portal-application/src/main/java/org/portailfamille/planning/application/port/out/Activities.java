package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Activity;

import java.util.List;
import java.util.Optional;

/** Where activities are kept. */
public interface Activities {

    void add(Activity activity);

    Optional<Activity> byId(ActivityId id);

    /** Every activity, by name. */
    List<Activity> all();
}
