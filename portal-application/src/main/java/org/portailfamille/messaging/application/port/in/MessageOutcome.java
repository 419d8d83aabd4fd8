package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/** The conversation written to, or the problems (nothing was sent then). */
public record MessageOutcome(@Nullable UUID conversationId, List<MessageProblem> problems) {
    public MessageOutcome {
        problems = List.copyOf(problems);
    }

    public boolean sent() {
        return problems.isEmpty();
    }

    public static MessageOutcome sent(UUID conversationId) {
        return new MessageOutcome(conversationId, List.of());
    }

    public static MessageOutcome refused(List<MessageProblem> problems) {
        return new MessageOutcome(null, problems);
    }
}
