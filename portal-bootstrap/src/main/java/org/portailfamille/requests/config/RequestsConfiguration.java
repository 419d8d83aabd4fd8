package org.portailfamille.requests.config;

import org.portailfamille.requests.adapter.out.event.SpringRequestEvents;
import org.portailfamille.requests.application.port.in.RequestFamily;
import org.portailfamille.requests.application.port.out.RequestEvents;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.application.port.spi.RequestFamilies;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.application.service.DecideRequestService;
import org.portailfamille.requests.application.service.ListFamilyRequestsService;
import org.portailfamille.requests.application.service.ReadRequestService;
import org.portailfamille.requests.application.service.RequestTypeCatalogue;
import org.portailfamille.requests.application.service.SubmitRequestService;
import org.portailfamille.requests.application.service.ViewRequestQueueService;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Optional;

/**
 * Wiring of the requests module: its services, its event publisher, the request-type catalogue the owning modules
 * contribute (every {@link RequestTypeHandler} bean) and who the families are ({@link RequestFamilies}).
 */
@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    @Bean
    RequestEvents requestEvents(ApplicationEventPublisher publisher,
                                org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
        return new SpringRequestEvents(publisher,
                meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new));
    }

    @Bean
    RequestTypeCatalogue requestTypeCatalogue(ObjectProvider<RequestTypeHandler> handlers) {
        return new RequestTypeCatalogue(handlers.orderedStream().toList());
    }

    /** Who the families are; without a module telling it, the queue names none and finds none by number. */
    private static RequestFamilies families(ObjectProvider<RequestFamilies> families) {
        return families.getIfAvailable(() -> new RequestFamilies() {
            @Override
            public Optional<RequestFamily> family(FamilyId familyId) {
                return Optional.empty();
            }

            @Override
            public Optional<FamilyId> familyIdByNumber(String familyNumber) {
                return Optional.empty();
            }
        });
    }

    @Bean
    SubmitRequestService submitRequestService(Requests requests, RequestTypeCatalogue catalogue, Clock clock) {
        return new SubmitRequestService(requests, catalogue, clock);
    }

    @Bean
    ListFamilyRequestsService listFamilyRequestsService(Requests requests, RequestTypeCatalogue catalogue,
                                                        Clock clock) {
        return new ListFamilyRequestsService(requests, catalogue, clock);
    }

    @Bean
    ViewRequestQueueService viewRequestQueueService(Requests requests, RequestTypeCatalogue catalogue,
                                                    ObjectProvider<RequestFamilies> families) {
        return new ViewRequestQueueService(requests, catalogue, families(families));
    }

    @Bean
    ReadRequestService readRequestService(Requests requests, RequestTypeCatalogue catalogue,
                                          ObjectProvider<RequestFamilies> families) {
        return new ReadRequestService(requests, catalogue, families(families));
    }

    @Bean
    DecideRequestService decideRequestService(Requests requests, RequestEvents events, RequestTypeCatalogue catalogue,
                                              Clock clock) {
        return new DecideRequestService(requests, events, catalogue, clock);
    }
}
