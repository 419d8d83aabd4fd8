package org.portailfamille.messaging.config;

import org.portailfamille.accounts.application.port.in.GetFamilyFileUseCase;
import org.portailfamille.messaging.adapter.out.files.FileSystemAttachmentFiles;
import org.portailfamille.messaging.adapter.out.mail.BundleClosureTexts;
import org.portailfamille.messaging.adapter.out.mail.BundleDecisionTexts;
import org.portailfamille.messaging.adapter.out.mail.BundleNoticeTexts;
import org.portailfamille.messaging.adapter.out.mail.BundleBookingReminderTexts;
import org.portailfamille.messaging.adapter.out.mail.BundlePlaceOfferTexts;
import org.portailfamille.messaging.adapter.out.outbox.OutboxDeliveryFailures;
import org.portailfamille.messaging.adapter.out.outbox.OutboxOutgoingNotifications;
import org.portailfamille.messaging.application.port.out.AttachmentFiles;
import org.portailfamille.messaging.application.port.out.ClosureTexts;
import org.portailfamille.messaging.application.port.out.ContactCards;
import org.portailfamille.messaging.application.port.out.Conversations;
import org.portailfamille.messaging.application.port.out.DecisionTexts;
import org.portailfamille.messaging.application.port.out.DeliveryFailures;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.application.port.out.OutgoingNotifications;
import org.portailfamille.messaging.application.port.out.BookingReminderTexts;
import org.portailfamille.messaging.application.port.out.PlaceOfferTexts;
import org.portailfamille.messaging.application.port.out.PreferenceChoices;
import org.portailfamille.messaging.application.service.AdultNotifier;
import org.portailfamille.messaging.application.service.FamilyNotifier;
import org.portailfamille.messaging.application.service.BroadcastService;
import org.portailfamille.messaging.application.service.ChangeContactDetailsService;
import org.portailfamille.messaging.application.port.in.ChangeContactDetailsUseCase;
import org.portailfamille.messaging.application.port.in.ContactDirectory;
import org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase;
import org.portailfamille.platform.cache.ReadMostly;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.portailfamille.messaging.application.service.ChangeNotificationPreferencesService;
import org.portailfamille.messaging.application.service.ConversationStarter;
import org.portailfamille.messaging.application.service.CountUnreadMessagesService;
import org.portailfamille.messaging.application.service.DeleteConversationService;
import org.portailfamille.messaging.application.service.GetAttachmentService;
import org.portailfamille.messaging.application.service.HandleConversationService;
import org.portailfamille.messaging.application.service.ListDeliveryFailuresService;
import org.portailfamille.messaging.application.service.NotifyDaysClosedService;
import org.portailfamille.messaging.application.service.NotifyFamilyService;
import org.portailfamille.messaging.application.service.NotifyPlaceOfferService;
import org.portailfamille.messaging.application.service.RemindBookingDeadlinesService;
import org.portailfamille.planning.application.port.in.FindUnbookedRegularDaysUseCase;
import org.portailfamille.messaging.application.service.NotifyRequestDecisionService;
import org.portailfamille.messaging.application.service.ReadConversationService;
import org.portailfamille.messaging.application.service.ReadStaffConversationService;
import org.portailfamille.messaging.application.service.ReplyAsFamilyService;
import org.portailfamille.messaging.application.service.ReplyAsStaffService;
import org.portailfamille.messaging.application.service.SendMessageToFamilyService;
import org.portailfamille.messaging.application.service.ViewContactDetailsService;
import org.portailfamille.messaging.application.service.ViewMailboxService;
import org.portailfamille.messaging.application.service.ViewNotificationPreferencesService;
import org.portailfamille.messaging.application.service.ViewStaffInboxService;
import org.portailfamille.messaging.application.service.WriteToFacilityService;
import org.portailfamille.messaging.application.service.WriteToFamilyService;
import org.portailfamille.planning.application.port.in.ListFamiliesConcernedUseCase;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.platform.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.portailfamille.messaging.application.port.out.PublishedDocumentFiles;
import org.portailfamille.messaging.adapter.out.files.FileSystemPublishedDocumentFiles;
import org.portailfamille.messaging.application.service.PublishedDocumentCatalogue;
import org.portailfamille.messaging.application.port.out.PublishedDocuments;
import org.portailfamille.messaging.application.service.PublishDocumentService;
import org.portailfamille.messaging.application.service.WithdrawDocumentService;
import org.portailfamille.messaging.application.service.ListPublishedDocumentsService;
import org.portailfamille.messaging.application.service.GetPublishedDocumentService;
import java.nio.file.Path;
import java.time.Clock;

/** Wiring of the messaging module's services. */
@Configuration(proxyBeanMethods = false)
class MessagingConfiguration {

    // --- out-adapters ---

    @Bean
    OutgoingNotifications outgoingNotifications(Outbox outbox) {
        return new OutboxOutgoingNotifications(outbox);
    }

    @Bean
    DeliveryFailures deliveryFailures(Outbox outbox) {
        return new OutboxDeliveryFailures(outbox);
    }

    @Bean
    AttachmentFiles attachmentFiles(@Value("${portal.storage.attachments:data/attachments}") Path directory) {
        return new FileSystemAttachmentFiles(directory);
    }

    @Bean
    NoticeTexts noticeTexts(MessageSource messageSource, @Value("${portal.municipality.name}") String municipalityName,
                            @Value("${portal.base-url}") String baseUrl) {
        return new BundleNoticeTexts(messageSource, municipalityName, baseUrl);
    }

    @Bean
    DecisionTexts decisionTexts(MessageSource messageSource, Clock clock,
                                @Value("${portal.municipality.name}") String municipalityName) {
        return new BundleDecisionTexts(messageSource, clock.getZone(), municipalityName);
    }

    @Bean
    ClosureTexts closureTexts(MessageSource messageSource,
                              @Value("${portal.municipality.name}") String municipalityName) {
        return new BundleClosureTexts(messageSource, municipalityName);
    }

    @Bean
    PlaceOfferTexts placeOfferTexts(MessageSource messageSource, Clock clock,
                                    @Value("${portal.municipality.name}") String municipalityName) {
        return new BundlePlaceOfferTexts(messageSource, clock.getZone(), municipalityName);
    }

    @Bean
    AdultNotifier adultNotifier(GetFamilyFileUseCase familyFiles, PreferenceChoices choices,
                                OutgoingNotifications outgoing, NoticeTexts texts) {
        return new AdultNotifier(familyFiles, choices, outgoing, texts);
    }

    // --- automatic notices ---

    @Bean
    FamilyNotifier familyNotifier(Conversations conversations, AdultNotifier adults, Clock clock) {
        return new FamilyNotifier(conversations, adults, clock);
    }

    @Bean
    NotifyRequestDecisionService notifyRequestDecisionService(FamilyNotifier notifier, DecisionTexts texts) {
        return new NotifyRequestDecisionService(notifier, texts);
    }

    @Bean
    NotifyDaysClosedService notifyDaysClosedService(FamilyNotifier notifier, ClosureTexts texts) {
        return new NotifyDaysClosedService(notifier, texts);
    }

    @Bean
    NotifyPlaceOfferService notifyPlaceOfferService(FamilyNotifier notifier, PlaceOfferTexts texts) {
        return new NotifyPlaceOfferService(notifier, texts);
    }

    @Bean
    BookingReminderTexts bookingReminderTexts(MessageSource messageSource,
                                              @Value("${portal.municipality.name}") String municipalityName) {
        return new BundleBookingReminderTexts(messageSource, municipalityName);
    }

    @Bean
    RemindBookingDeadlinesService remindBookingDeadlinesService(FindUnbookedRegularDaysUseCase unbookedDays,
                                                                FamilyNotifier notifier, BookingReminderTexts texts,
                                                                Clock clock) {
        return new RemindBookingDeadlinesService(unbookedDays, notifier, texts, clock);
    }

    @Bean
    NotifyFamilyService notifyFamilyService(FamilyNotifier notifier) {
        return new NotifyFamilyService(notifier);
    }

    @Bean
    SendMessageToFamilyService sendMessageToFamilyService(Conversations conversations, Clock clock) {
        return new SendMessageToFamilyService(conversations, clock);
    }

    // --- the family's mailbox ---

    @Bean
    CountUnreadMessagesService countUnreadMessagesService(Conversations conversations) {
        return new CountUnreadMessagesService(conversations);
    }

    @Bean
    ViewMailboxService viewMailboxService(Conversations conversations, ViewPlanningSetUpUseCase planning,
                                          NoticeTexts texts) {
        return new ViewMailboxService(conversations, planning, texts);
    }

    @Bean
    ReadConversationService readConversationService(Conversations conversations, ViewPlanningSetUpUseCase planning,
                                                    NoticeTexts texts, Clock clock) {
        return new ReadConversationService(conversations, planning, texts, clock);
    }

    @Bean
    ConversationStarter conversationStarter(Conversations conversations, AttachmentFiles files,
                                            ViewPlanningSetUpUseCase planning, Clock clock) {
        return new ConversationStarter(conversations, files, planning, clock);
    }

    @Bean
    WriteToFacilityService writeToFacilityService(ConversationStarter starter) {
        return new WriteToFacilityService(starter);
    }

    @Bean
    ReplyAsFamilyService replyAsFamilyService(Conversations conversations, AttachmentFiles files, Clock clock) {
        return new ReplyAsFamilyService(conversations, files, clock);
    }

    @Bean
    DeleteConversationService deleteConversationService(Conversations conversations, Clock clock) {
        return new DeleteConversationService(conversations, clock);
    }

    @Bean
    GetAttachmentService getAttachmentService(Conversations conversations, AttachmentFiles files) {
        return new GetAttachmentService(conversations, files);
    }

    // --- staff ---

    @Bean
    ViewStaffInboxService viewStaffInboxService(Conversations conversations) {
        return new ViewStaffInboxService(conversations);
    }

    @Bean
    ReadStaffConversationService readStaffConversationService(Conversations conversations,
                                                              ViewPlanningSetUpUseCase planning, NoticeTexts texts,
                                                              Clock clock) {
        return new ReadStaffConversationService(conversations, planning, texts, clock);
    }

    @Bean
    HandleConversationService handleConversationService(Conversations conversations, Clock clock) {
        return new HandleConversationService(conversations, clock);
    }

    @Bean
    ReplyAsStaffService replyAsStaffService(Conversations conversations, AttachmentFiles files, AdultNotifier adults,
                                            Clock clock) {
        return new ReplyAsStaffService(conversations, files, adults, clock);
    }

    @Bean
    WriteToFamilyService writeToFamilyService(ConversationStarter starter, AdultNotifier adults) {
        return new WriteToFamilyService(starter, adults);
    }

    @Bean
    BroadcastService broadcastService(Conversations conversations, AdultNotifier adults,
                                      ViewPlanningSetUpUseCase planning, ListFamiliesConcernedUseCase families,
                                      Clock clock) {
        return new BroadcastService(conversations, adults, planning, families, clock);
    }

    @Bean
    ListDeliveryFailuresService listDeliveryFailuresService(DeliveryFailures failures) {
        return new ListDeliveryFailuresService(failures);
    }

    // --- preferences and contact details ---

    @Bean
    ViewNotificationPreferencesService viewNotificationPreferencesService(GetFamilyFileUseCase familyFiles,
                                                                          PreferenceChoices choices) {
        return new ViewNotificationPreferencesService(familyFiles, choices);
    }

    @Bean
    ChangeNotificationPreferencesService changeNotificationPreferencesService(GetFamilyFileUseCase familyFiles,
                                                                              PreferenceChoices choices) {
        return new ChangeNotificationPreferencesService(familyFiles, choices);
    }

    @Bean
    ViewContactDetailsService viewContactDetailsService(ContactCards cards, ViewPlanningSetUpUseCase planning,
                                                        NoticeTexts texts) {
        return new ViewContactDetailsService(cards, planning, texts);
    }

    @Bean
    ChangeContactDetailsService changeContactDetailsService(ContactCards cards, ViewPlanningSetUpUseCase planning,
                                                            Clock clock) {
        return new ChangeContactDetailsService(cards, planning, clock);
    }

    // --- the footer's contacts, read on every page, kept in memory (issue 14, ADR 0036) ---

    /** Read again after a change on this instance, and at least every 5 s (another instance's change, a facility). */
    @Bean
    ReadMostly<ContactDirectory> contactDirectoryCache(
            @org.springframework.beans.factory.annotation.Value("${portal.cache.contacts-ttl:PT5S}") java.time.Duration ttl) {
        return new ReadMostly<>(ttl);
    }

    /** What the footer, the Contact page and the forms read: the kept directory (no transaction when kept). */
    @Bean
    @Primary
    ViewContactDetailsUseCase cachedContactDetails(
            @Qualifier("viewContactDetailsService") ViewContactDetailsUseCase service,
            ReadMostly<ContactDirectory> contactDirectoryCache) {
        return () -> contactDirectoryCache.get(service::contactDirectory);
    }

    /** Staff's change, committed by the service's own transaction, then the kept directory is dropped. */
    @Bean
    @Primary
    ChangeContactDetailsUseCase invalidatingContactDetailsChange(
            @Qualifier("changeContactDetailsService") ChangeContactDetailsUseCase service,
            ReadMostly<ContactDirectory> contactDirectoryCache) {
        return command -> {
            try {
                return service.changeContactDetails(command);
            } finally {
                contactDirectoryCache.invalidate();
            }
        };
    }

    // --- published documents (Accueil's "Infos./Documents", ADR 0031) ---

    @Bean
    PublishedDocumentFiles publishedDocumentFiles(
            @Value("${portal.storage.documents:data/documents}") Path directory) {
        return new FileSystemPublishedDocumentFiles(directory);
    }

    @Bean
    PublishedDocumentCatalogue publishedDocumentCatalogue(
            PublishedDocuments documents,
            ViewPlanningSetUpUseCase planningSetUp,
            ListFamiliesConcernedUseCase familiesConcerned,
            Clock clock) {
        return new PublishedDocumentCatalogue(documents,
                planningSetUp, familiesConcerned, clock);
    }

    @Bean
    PublishDocumentService publishDocumentService(
            PublishedDocuments documents,
            PublishedDocumentFiles files,
            PublishedDocumentCatalogue catalogue, Clock clock) {
        return new PublishDocumentService(documents, files,
                catalogue, clock);
    }

    @Bean
    WithdrawDocumentService withdrawDocumentService(
            PublishedDocuments documents, Clock clock) {
        return new WithdrawDocumentService(documents, clock);
    }

    @Bean
    ListPublishedDocumentsService listPublishedDocumentsService(
            PublishedDocumentCatalogue catalogue) {
        return new ListPublishedDocumentsService(catalogue);
    }

    @Bean
    GetPublishedDocumentService getPublishedDocumentService(
            PublishedDocumentCatalogue catalogue,
            PublishedDocumentFiles files) {
        return new GetPublishedDocumentService(catalogue, files);
    }
}
