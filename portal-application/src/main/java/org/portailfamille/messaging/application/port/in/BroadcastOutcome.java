package org.portailfamille.messaging.application.port.in;

import java.util.List;

/** How many families received their own copy (new copies only), or the problems (nothing sent then). */
public record BroadcastOutcome(int sent, List<MessageProblem> problems) {
    public BroadcastOutcome {
        problems = List.copyOf(problems);
    }
}
