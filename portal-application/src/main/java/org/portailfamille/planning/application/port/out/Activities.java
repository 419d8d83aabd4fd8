package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.ActivityId;
import org.portailfamille.planning.domain.Activity;

import org.portailfamille.planning.FacilityId;

import java.util.List;
import java.util.Optional;

/** Where activities are kept. */
public interface Activities {

    void add(Activity activity);

    Optional<Activity> byId(ActivityId id);

    /** Every activity, by name. */
    List<Activity> all();

    /** The activities of {@code facility}, by name. */
    List<Activity> ofFacility(FacilityId facility);

    /**
     * Stores the new settings of an existing activity; the daily places of days already counted follow the new
     * capacity, never below the places already taken.
     */
    void update(Activity activity);
}
