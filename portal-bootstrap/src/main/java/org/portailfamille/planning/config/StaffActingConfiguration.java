package org.portailfamille.planning.config;

import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.planning.adapter.out.event.SpringStaffActionEvents;
import org.portailfamille.planning.application.port.in.RecordAttendanceUseCase;
import org.portailfamille.planning.application.port.in.ViewAttendanceRegisterUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOfferHistory;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.StaffActionEvents;
import org.portailfamille.planning.application.port.out.StaffActions;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.application.service.CancelDayForFamilyService;
import org.portailfamille.planning.application.service.DeclareAbsenceForFamilyService;
import org.portailfamille.planning.application.service.DeclareAbsenceService;
import org.portailfamille.planning.application.service.FreedPlaces;
import org.portailfamille.planning.application.service.MarkAllPresentService;
import org.portailfamille.planning.application.service.PlanningDays;
import org.portailfamille.planning.application.service.PlanningRequestRecords;
import org.portailfamille.planning.application.service.StaffActing;
import org.portailfamille.planning.application.service.ViewFacilityRegistersService;
import org.portailfamille.planning.application.service.ViewMonthOccupancyService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Wiring of what staff do for families (ADR 0032): acting on a child's planning on the family's behalf, the
 * occupancy of an activity over a month, the registers of a whole facility.
 */
@Configuration(proxyBeanMethods = false)
class StaffActingConfiguration {

    @Bean
    StaffActionEvents staffActionEvents(ApplicationEventPublisher publisher) {
        return new SpringStaffActionEvents(publisher);
    }

    @Bean
    StaffActing staffActing(GetChildNamesUseCase childNames, StaffActions actions, StaffActionEvents events,
                            Clock clock) {
        return new StaffActing(childNames, actions, events, clock);
    }

    @Bean
    CancelDayForFamilyService cancelDayForFamilyService(PlanningDays days, Reservations reservations,
                                                        ActivityDays activityDays, FreedPlaces freedPlaces,
                                                        PlanningRequestRecords requests, StaffActing acting,
                                                        Clock clock) {
        return new CancelDayForFamilyService(days, reservations, activityDays, freedPlaces, requests, acting, clock);
    }

    /** Declares through its own (unproxied) instance of the families' declaration, within its own transaction. */
    @Bean
    DeclareAbsenceForFamilyService declareAbsenceForFamilyService(
            PlanningDays days, Reservations reservations, Absences absences, Certificates certificates,
            CertificateFiles files, GetChildNamesUseCase childNames, PlanningRequestRecords requests,
            Activities activities, StaffActing acting, Clock clock) {
        return new DeclareAbsenceForFamilyService(new DeclareAbsenceService(days, reservations, absences,
                certificates, files, childNames, requests, activities, clock), days, acting);
    }

    @Bean
    ViewMonthOccupancyService viewMonthOccupancyService(PlanningDays days, Facilities facilities,
                                                        ActivityDays activityDays, WaitingLists waitingLists,
                                                        PlaceOfferHistory offers) {
        return new ViewMonthOccupancyService(days, facilities, activityDays, waitingLists, offers);
    }

    @Bean
    MarkAllPresentService markAllPresentService(ViewAttendanceRegisterUseCase registers,
                                                RecordAttendanceUseCase record) {
        return new MarkAllPresentService(registers, record);
    }

    @Bean
    ViewFacilityRegistersService viewFacilityRegistersService(Facilities facilities, Activities activities,
                                                              ViewAttendanceRegisterUseCase registers) {
        return new ViewFacilityRegistersService(facilities, activities, registers);
    }
}
