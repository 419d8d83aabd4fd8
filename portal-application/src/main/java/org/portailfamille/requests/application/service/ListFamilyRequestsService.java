package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.domain.RequestArea;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

public class ListFamilyRequestsService implements ListFamilyRequestsUseCase {

    private final Requests requests;
    private final Clock clock;

    public ListFamilyRequestsService(Requests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public FamilyRequests familyRequests(FamilyRequestsQuery query) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.plusDays(1).minusMonths(query.monthsBack());
        LocalDate from = today.plusDays(1).minusMonths(query.monthsBack() + 1L);
        List<RequestView> found = requests.ofFamily(query.familyId(), RequestArea.valueOf(query.area()),
                        blankToNull(query.type()), from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(),
                        query.monthsBack() == 0)
                .stream().map(RequestViews::of)
                .sorted(Comparator.comparing(RequestView::submittedAt).reversed())
                .toList();
        return new FamilyRequests(from, to.minusDays(1),
                found.stream().filter(RequestView::isPending).toList(),
                found.stream().filter(RequestView::isRefused).toList(),
                found.stream().filter(RequestView::isAccepted).toList());
    }

    private static String blankToNull(String type) {
        return type == null || type.isBlank() ? null : type;
    }
}
