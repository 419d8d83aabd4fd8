package org.portailfamille.requests.adapter.in.web;

import org.portailfamille.access.StaffFamilySection;
import org.portailfamille.requests.application.port.in.FamilyRequests;
import org.portailfamille.requests.application.port.in.FamilyRequestsQuery;
import org.portailfamille.requests.application.port.in.ListFamilyRequestsUseCase;
import org.portailfamille.requests.application.port.in.RequestArea;
import org.portailfamille.requests.application.port.in.RequestQueueQuery;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.in.ViewRequestQueueUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The requests' part of the staff family file: the family's pending requests (links to decide them) and those
 * decided in the last month, masked as in every list ({@code templates/requests/staff-family.html}).
 */
@Component
class RequestsStaffFamilySection implements StaffFamilySection {

    /** What the section shows. */
    record Data(FamilyId familyId, List<RequestView> pending, List<RequestView> decided) {
    }

    private final ViewRequestQueueUseCase queue;
    private final ListFamilyRequestsUseCase familyRequests;

    RequestsStaffFamilySection(ViewRequestQueueUseCase queue, ListFamilyRequestsUseCase familyRequests) {
        this.queue = queue;
        this.familyRequests = familyRequests;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String fragment() {
        return "requests/staff-family :: requests";
    }

    @Override
    public Data data(FamilyId family) {
        List<RequestView> decided = new ArrayList<>();
        for (RequestArea area : familyRequests.areas()) {
            FamilyRequests inArea = familyRequests.familyRequests(new FamilyRequestsQuery(family, area.code(), null, 0));
            decided.addAll(inArea.accepted());
            decided.addAll(inArea.refused());
        }
        decided.sort(Comparator.comparing(RequestView::submittedAt).reversed());
        return new Data(family, queue.pendingRequests(new RequestQueueQuery(null, family)), decided);
    }
}
