package org.portailfamille.requests.application.service;

import org.portailfamille.requests.application.port.in.ReadRequestUseCase;
import org.portailfamille.requests.application.port.in.RequestView;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.application.port.spi.RequestFamilies;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.domain.Request;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff detail of a request: a sensitive one is shown in full only after its owning module recorded the read
 * (in the same transaction); without an owner to record it, it stays masked.
 */
public class ReadRequestService implements ReadRequestUseCase {

    private final Requests requests;
    private final RequestTypeCatalogue catalogue;
    private final RequestFamilies families;

    public ReadRequestService(Requests requests, RequestTypeCatalogue catalogue, RequestFamilies families) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.families = families;
    }

    @Override
    public Optional<RequestView> readRequest(UUID id, String reader) {
        Objects.requireNonNull(reader, "reader");
        return requests.byId(id).map(request -> read(request, reader));
    }

    private RequestView read(Request request, String reader) {
        var family = request.familyId() == null ? null : families.family(request.familyId()).orElse(null);
        boolean sensitive = !catalogue.sensitiveFields(request).isEmpty();
        if (!sensitive) {
            return catalogue.inFull(request, false, family);
        }
        Optional<RequestTypeHandler> owner = catalogue.owner(request.type());
        if (owner.isEmpty()) {
            return catalogue.listed(request, RequestTypeCatalogue.Audience.STAFF, family);
        }
        owner.get().recordSensitiveRead(catalogue.raw(request), reader);
        return catalogue.inFull(request, true, family);
    }
}
