package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestTypeView;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.out.Requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

public class ListFamilyRequestsService implements ListFamilyRequestsUseCase {

    private final Requests requests;
    private final RequestTypeCatalogue catalogue;
    private final Clock clock;

    public ListFamilyRequestsService(Requests requests, RequestTypeCatalogue catalogue, Clock clock) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    public List<RequestArea> areas() {
        return catalogue.areas();
    }

    @Override
    public FamilyRequests familyRequests(FamilyRequestsQuery query) {
        RequestArea area = catalogue.area(query.area()).orElseThrow(() -> new IllegalArgumentException(
                "No module declares the area " + query.area()));
        List<RequestTypeView> types = catalogue.familyFilter(area.code());
        String selectedType = types.stream().map(RequestTypeView::type).filter(type -> type.equals(query.type()))
                .findFirst().orElse(null);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.plusDays(1).minusMonths(query.monthsBack());
        LocalDate from = today.plusDays(1).minusMonths(query.monthsBack() + 1L);
        List<RequestView> found = requests.ofFamily(query.familyId(), area.code(), selectedType,
                        from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(), query.monthsBack() == 0)
                .stream().map(request -> catalogue.listed(request, RequestTypeCatalogue.Audience.FAMILY, null))
                .sorted(Comparator.comparing(RequestView::submittedAt).reversed())
                .toList();
        return new FamilyRequests(from, to.minusDays(1),
                found.stream().filter(RequestView::isPending).toList(),
                found.stream().filter(RequestView::isRefused).toList(),
                found.stream().filter(RequestView::isAccepted).toList(),
                area, types, selectedType);
    }
}
