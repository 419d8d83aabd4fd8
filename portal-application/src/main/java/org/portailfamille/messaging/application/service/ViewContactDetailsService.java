package org.portailfamille.messaging.application.service;

import org.portailfamille.messaging.application.port.in.ContactDetails;
import org.portailfamille.messaging.application.port.in.ContactDirectory;
import org.portailfamille.messaging.application.port.in.ViewContactDetailsUseCase;
import org.portailfamille.messaging.application.port.out.ContactCards;
import org.portailfamille.messaging.application.port.out.NoticeTexts;
import org.portailfamille.messaging.domain.ContactCard;
import org.portailfamille.planning.application.port.in.FacilityView;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

public class ViewContactDetailsService implements ViewContactDetailsUseCase {

    private final ContactCards cards;
    private final ViewPlanningSetUpUseCase planning;
    private final NoticeTexts texts;

    public ViewContactDetailsService(ContactCards cards, ViewPlanningSetUpUseCase planning, NoticeTexts texts) {
        this.cards = cards;
        this.planning = planning;
        this.texts = texts;
    }

    @Override
    public ContactDirectory contactDirectory() {
        Map<UUID, ContactCard> byFacility = cards.all().stream().filter(card -> card.facilityId() != null)
                .collect(Collectors.toMap(card -> Objects.requireNonNull(card.facilityId()), Function.identity()));
        ContactCard municipality = cards.of(null).orElse(ContactCard.empty(null));
        List<ContactDetails> facilities = planning.facilities().stream()
                .map(facility -> details(facility, byFacility.getOrDefault(facility.id(),
                        ContactCard.empty(facility.id())))).toList();
        return new ContactDirectory(new ContactDetails(null, texts.municipalityName(), municipality.address(),
                municipality.phone(), municipality.email()), facilities);
    }

    private static ContactDetails details(FacilityView facility, ContactCard card) {
        return new ContactDetails(facility.id(), facility.name(), card.address(), card.phone(), card.email());
    }
}
