package org.portailfamille.billing.application.port.out;

import org.portailfamille.billing.domain.Tariff;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where tariffs are kept. */
public interface Tariffs {

    /** Holds the activity's tariffs until the transaction ends (overlaps are checked one set-up at a time). */
    void lockActivity(UUID activityId);

    void add(Tariff tariff);

    /** The activity's tariffs, latest validity first. */
    List<Tariff> ofActivity(UUID activityId);

    List<Tariff> ofActivities(Collection<UUID> activityIds);
}
