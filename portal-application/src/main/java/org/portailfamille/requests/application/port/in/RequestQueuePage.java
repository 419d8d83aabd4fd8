package org.portailfamille.requests.application.port.in;

import java.util.List;

/**
 * One page of the staff queue: a city's queue holds hundreds of requests, shown {@code pageSize} at a time.
 * {@code page} counts from 1; {@code total} is the number of pending requests the filters keep.
 */
public record RequestQueuePage(List<RequestView> requests, int page, int pageSize, int total) {

    public RequestQueuePage {
        requests = List.copyOf(requests);
    }

    public int pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
