package org.portailfamille.requests.application.port.in;

import java.util.List;
import java.util.Objects;

/** A row of a list summarised in one message: a message key and its arguments. */
public record RequestSummary(String key, List<String> args) {
    public RequestSummary {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static RequestSummary of(String key, Object... args) {
        return new RequestSummary(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as an array, for Thymeleaf's {@code #messages.msgWithParams}. */
    public Object[] argArray() {
        return args.toArray();
    }
}
