package org.portailfamille.messaging.config;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.adapter.out.mail.BundleClosureTexts;
import org.portailfamille.messaging.adapter.out.mail.BundleDecisionTexts;
import org.portailfamille.messaging.adapter.out.mail.BundlePlaceOfferTexts;
import org.portailfamille.messaging.application.port.out.ClosureTexts;
import org.portailfamille.messaging.application.service.NotifyDaysClosedService;
import org.portailfamille.messaging.adapter.out.mail.SmtpFamilyMailer;
import org.portailfamille.messaging.application.port.out.DecisionTexts;
import org.portailfamille.messaging.application.port.out.FamilyMailer;
import org.portailfamille.messaging.application.port.out.Messages;
import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;
import org.portailfamille.messaging.application.service.NotifyPlaceOfferService;
import org.portailfamille.messaging.application.service.NotifyRequestDecisionService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
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
    FamilyMailer familyMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${portal.mail.from}") String from) {
        return new SmtpFamilyMailer(mailSender, from);
    }

    @Bean
    DecisionTexts decisionTexts(MessageSource messageSource, Clock clock,
                                @Value("${portal.municipality.name}") String municipalityName) {
        return new BundleDecisionTexts(messageSource, clock.getZone(), municipalityName);
    }

    @Bean
    NotifyRequestDecisionService notifyRequestDecisionService(Messages messages, GetFamilyFileUseCase familyFiles,
                                                              FamilyMailer mailer, DecisionTexts texts, Clock clock) {
        return new NotifyRequestDecisionService(messages, familyFiles, mailer, texts, clock);
    }

    @Bean
    ClosureTexts closureTexts(MessageSource messageSource,
                              @Value("${portal.municipality.name}") String municipalityName) {
        return new BundleClosureTexts(messageSource, municipalityName);
    }

    @Bean
    NotifyDaysClosedService notifyDaysClosedService(Messages messages, GetFamilyFileUseCase familyFiles,
                                                    FamilyMailer mailer, ClosureTexts texts, Clock clock) {
        return new NotifyDaysClosedService(messages, familyFiles, mailer, texts, clock);
    }

    @Bean
    CountUnreadMessagesService countUnreadMessagesService(Messages messages) {
        return new CountUnreadMessagesService(messages);
    }

    @Bean
    PlaceOfferTexts placeOfferTexts(MessageSource messageSource, Clock clock,
                                    @Value("${portal.municipality.name}") String municipalityName) {
        return new BundlePlaceOfferTexts(messageSource, clock.getZone(), municipalityName);
    }

    @Bean
    NotifyPlaceOfferService notifyPlaceOfferService(Messages messages, GetFamilyFileUseCase familyFiles,
                                                    FamilyMailer mailer, PlaceOfferTexts texts, Clock clock) {
        return new NotifyPlaceOfferService(messages, familyFiles, mailer, texts, clock);
    }
}
