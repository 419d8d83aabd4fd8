package org.portailfamille.messaging.config;

import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.application.service.CountUnreadMessagesService;
import org.portailfamille.messaging.application.service.SendMessageToFamilyService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wiring of the messaging module's services. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    @Bean
    SendMessageToFamilyService sendMessageToFamilyService(Messages messages, Clock clock) {
        return new SendMessageToFamilyService(messages, clock);
    }

    @Bean
    CountUnreadMessagesService countUnreadMessagesService(Messages messages) {
        return new CountUnreadMessagesService(messages);
    }
}
