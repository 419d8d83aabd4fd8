package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Closure;

import org.portailfamille.planning.FacilityId;

import java.util.List;
import java.util.Objects;

/** Where closures of facilities and activities are kept. */
public interface Closures {

    /** Records a closure of {@code activity}'s facility (whole facility scope) or of {@code activity} itself. */
    void add(Closure closure, Activity activity);

    /** The closures that close {@code activity}: those of the activity and those of its whole facility. */
    List<Closure> closing(Activity activity);

    /** Records a closure of {@code facility} or of one of its activities; returns its id. */
    long addTo(FacilityId facility, Closure closure);

    /** The closures of {@code facility} and of its activities, by first day. */
    List<Listed> ofFacility(FacilityId facility);

    /** Removes closure {@code id} of {@code facility}; false when there is none. */
    boolean remove(FacilityId facility, long id);

    /** A stored closure and its id. */
    record Listed(long id, Closure closure) {
        public Listed {
            Objects.requireNonNull(closure, "closure");
        }
    }
}
