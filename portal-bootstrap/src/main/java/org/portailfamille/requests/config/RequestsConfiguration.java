package org.portailfamille.requests.config;

import org.portailfamille.requests.adapter.out.event.SpringRequestEvents;
import org.portailfamille.requests.application.port.out.RequestEvents;
import org.portailfamille.requests.application.port.out.Requests;
import org.portailfamille.requests.application.port.spi.RequestTypeHandler;
import org.portailfamille.requests.application.service.DecideRequestService;
import org.portailfamille.requests.application.service.ListFamilyRequestsService;
import org.portailfamille.requests.application.service.SubmitRequestService;
import org.portailfamille.requests.application.service.ViewRequestQueueService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wiring of the requests module: its services, its event publisher, and the owners' type handlers. */
@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    @Bean
    RequestEvents requestEvents(ApplicationEventPublisher publisher) {
        return new SpringRequestEvents(publisher);
    }

    @Bean
    SubmitRequestService submitRequestService(Requests requests, Clock clock) {
        return new SubmitRequestService(requests, clock);
    }

    @Bean
    ListFamilyRequestsService listFamilyRequestsService(Requests requests, Clock clock) {
        return new ListFamilyRequestsService(requests, clock);
    }

    @Bean
    ViewRequestQueueService viewRequestQueueService(Requests requests) {
        return new ViewRequestQueueService(requests);
    }

    @Bean
    DecideRequestService decideRequestService(Requests requests, RequestEvents events,
                                              ObjectProvider<RequestTypeHandler> handlers, Clock clock) {
        return new DecideRequestService(requests, events, handlers.orderedStream().toList(), clock);
    }
}
