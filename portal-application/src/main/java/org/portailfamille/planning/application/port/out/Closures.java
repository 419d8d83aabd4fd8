package org.portailfamille.planning.application.port.out;

import org.portailfamille.planning.domain.Activity;
import org.portailfamille.planning.domain.Closure;

import java.util.List;

/** Where closures of facilities and activities are kept. */
public interface Closures {

    /** Records a closure of {@code activity}'s facility (whole facility scope) or of {@code activity} itself. */
    void add(Closure closure, Activity activity);

    /** The closures that close {@code activity}: those of the activity and those of its whole facility. */
    List<Closure> closing(Activity activity);
}
