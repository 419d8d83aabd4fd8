package org.portailfamille.planning.config;

import org.portailfamille.accounts.application.port.in.AuditHealthDataUseCase;
import org.portailfamille.accounts.application.port.in.GetChildNamesUseCase;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.planning.adapter.out.event.SpringAttendanceEvents;
import org.portailfamille.planning.adapter.out.event.SpringPlaceOfferAnnouncements;
import org.portailfamille.planning.adapter.out.event.SpringPlanningEvents;
import org.portailfamille.planning.adapter.out.files.FileSystemCertificateFiles;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.ReassessAttendanceUseCase;
import org.portailfamille.planning.application.port.out.Absences;
import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.AttendanceEvents;
import org.portailfamille.planning.application.port.out.Attendances;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.CertificateFiles;
import org.portailfamille.planning.application.port.out.Certificates;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOfferAnnouncements;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.PlanningEvents;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.application.port.out.SchoolHolidayDays;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.application.service.AcceptPlaceOfferService;
import org.portailfamille.planning.application.service.ApplyPlanningRequestDecisionService;
import org.portailfamille.planning.application.service.BookDayForFamilyService;
import org.portailfamille.planning.application.service.BookDayService;
import org.portailfamille.planning.application.service.BookSeveralDaysService;
import org.portailfamille.planning.application.service.CancelDayService;
import org.portailfamille.planning.application.service.ChangeActivityService;
import org.portailfamille.planning.application.service.DeclareAbsenceService;
import org.portailfamille.planning.application.service.EndEnrolmentService;
import org.portailfamille.planning.application.service.EnrolChildService;
import org.portailfamille.planning.application.service.ExpirePlaceOffersService;
import org.portailfamille.planning.application.service.FreedPlaces;
import org.portailfamille.planning.application.service.GetAbsenceCertificateService;
import org.portailfamille.planning.application.service.RecordMedicalAbsenceReadService;
import org.portailfamille.planning.application.service.ListFamilyWaitingService;
import org.portailfamille.planning.application.service.JoinWaitingListService;
import org.portailfamille.planning.application.service.ListPlaceOffersService;
import org.portailfamille.planning.application.service.ManageBookingPeriodsService;
import org.portailfamille.planning.application.service.LeaveWaitingListService;
import org.portailfamille.planning.application.service.ManageClosuresService;
import org.portailfamille.planning.application.service.ManageSchoolCalendarService;
import org.portailfamille.planning.application.service.PlanningDays;
import org.portailfamille.planning.application.service.PlanningRequestRecords;
import org.portailfamille.planning.application.service.ReassessAttendanceService;
import org.portailfamille.planning.application.service.RecordAttendanceService;
import org.portailfamille.planning.application.service.RenameFacilityService;
import org.portailfamille.planning.application.service.SetUpActivityService;
import org.portailfamille.planning.application.service.SetUpFacilityService;
import org.portailfamille.planning.application.service.StoredSchoolHolidayDays;
import org.portailfamille.planning.application.service.ViewAttendanceRegisterService;
import org.portailfamille.planning.application.service.ViewChildPlanningService;
import org.portailfamille.planning.application.service.ViewDayOccupancyService;
import org.portailfamille.planning.application.service.ViewPlanningSetUpService;
import org.portailfamille.accounts.application.port.in.ListStaffLoginsUseCase;
import org.portailfamille.planning.application.port.out.StaffAssignments;
import org.portailfamille.planning.application.service.AssignStaffFacilitiesService;
import org.portailfamille.planning.application.service.ViewStaffFacilitiesService;
import org.portailfamille.planning.application.service.FindUnbookedRegularDaysService;
import org.portailfamille.planning.application.service.ViewWaitingListPositionService;
import org.portailfamille.requests.application.port.in.RecordAcceptedRequestUseCase;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.portailfamille.planning.application.port.out.FamiliesConcerned;
import org.portailfamille.planning.application.service.ListFamiliesConcernedService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Wiring of the planning module's services. The helpers several services share (the day checks, the freed places,
 * the demands recorded as requests) are beans of their own, injected into the services. Other modules are called
 * through their published use cases ({@code accounts :: api}, {@code requests :: api}), injected directly.
 */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    // Helpers shared by the services

    @Bean
    PlanningDays planningDays(Activities activities, Closures closures, Enrolments enrolments,
                              SchoolHolidayDays schoolHolidays) {
        return new PlanningDays(activities, closures, enrolments, schoolHolidays);
    }

    @Bean
    FreedPlaces freedPlaces(ActivityDays activityDays, WaitingLists waitingLists, PlaceOffers offers,
                            Enrolments enrolments, GetChildNamesUseCase childNames,
                            PlaceOfferAnnouncements announcements) {
        return new FreedPlaces(activityDays, waitingLists, offers, enrolments, childNames, announcements);
    }

    @Bean
    PlanningRequestRecords planningRequestRecords(SubmitRequestUseCase submitRequest,
                                                  RecordAcceptedRequestUseCase recordAccepted,
                                                  GetChildNamesUseCase childNames) {
        return new PlanningRequestRecords(submitRequest, recordAccepted, childNames);
    }

    // Set-up, enrolment and bookings

    @Bean
    SetUpFacilityService setUpFacilityService(Facilities facilities) {
        return new SetUpFacilityService(facilities);
    }

    @Bean
    SetUpActivityService setUpActivityService(Facilities facilities, Activities activities) {
        return new SetUpActivityService(facilities, activities);
    }

    @Bean
    EnrolChildService enrolChildService(PlanningDays days, Activities activities, Enrolments enrolments,
                                        Reservations reservations, ActivityDays activityDays,
                                        SchoolHolidayDays schoolHolidays, Clock clock) {
        return new EnrolChildService(days, activities, enrolments, reservations, activityDays, schoolHolidays, clock);
    }

    @Bean
    BookDayService bookDayService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                                  WaitingLists waitingLists, BookingPeriods bookingPeriods,
                                  PlanningRequestRecords requests, Clock clock) {
        return new BookDayService(days, reservations, activityDays, waitingLists, bookingPeriods, requests, clock);
    }

    @Bean
    CancelDayService cancelDayService(PlanningDays days, Reservations reservations, ActivityDays activityDays,
                                      FreedPlaces freedPlaces, PlanningRequestRecords requests, Clock clock) {
        return new CancelDayService(days, reservations, activityDays, freedPlaces, requests, clock);
    }

    @Bean
    JoinWaitingListService joinWaitingListService(PlanningDays days, Reservations reservations,
                                                  ActivityDays activityDays, WaitingLists waitingLists,
                                                  PlaceOffers offers, Clock clock) {
        return new JoinWaitingListService(days, reservations, activityDays, waitingLists, offers, clock);
    }

    @Bean
    ViewWaitingListPositionService viewWaitingListPositionService(PlanningDays days, WaitingLists waitingLists) {
        return new ViewWaitingListPositionService(days, waitingLists);
    }

    @Bean
    AcceptPlaceOfferService acceptPlaceOfferService(Activities activities, PlaceOffers offers,
                                                    Reservations reservations, ActivityDays activityDays,
                                                    FreedPlaces freedPlaces, Clock clock) {
        return new AcceptPlaceOfferService(activities, offers, reservations, activityDays, freedPlaces, clock);
    }

    @Bean
    ExpirePlaceOffersService expirePlaceOffersService(Activities activities, PlaceOffers offers,
                                                      ActivityDays activityDays, FreedPlaces freedPlaces,
                                                      Clock clock) {
        return new ExpirePlaceOffersService(activities, offers, activityDays, freedPlaces, clock);
    }

    @Bean
    ListPlaceOffersService listPlaceOffersService(Activities activities, PlaceOffers offers, Clock clock,
                                                  GetChildNamesUseCase childNames) {
        return new ListPlaceOffersService(activities, offers, clock, childNames);
    }

    @Bean
    LeaveWaitingListService leaveWaitingListService(WaitingLists waitingLists) {
        return new LeaveWaitingListService(waitingLists);
    }

    @Bean
    ViewDayOccupancyService viewDayOccupancyService(Activities activities, ActivityDays activityDays,
                                                    WaitingLists waitingLists) {
        return new ViewDayOccupancyService(activities, activityDays, waitingLists);
    }

    @Bean
    BookDayForFamilyService bookDayForFamilyService(PlanningDays days, Reservations reservations,
                                                    ActivityDays activityDays, Clock clock,
                                                    org.portailfamille.planning.application.service.StaffActing acting) {
        return new BookDayForFamilyService(days, reservations, activityDays, clock, acting);
    }

    // Planning grid

    @Bean
    ViewChildPlanningService viewChildPlanningService(ListChildrenUseCase children, GetFamilySummaryUseCase families,
                                                      org.portailfamille.planning.application.port.out.ActivitySetUps setUps,
                                                      Enrolments enrolments,
                                                      Reservations reservations, Absences absences,
                                                      Attendances attendances, ActivityDays activityDays,
                                                      WaitingLists waitingLists, PlaceOffers offers,
                                                      SchoolHolidayDays schoolHolidays, Clock clock) {
        return new ViewChildPlanningService(children, families, setUps, enrolments,
                reservations, absences, attendances, activityDays, waitingLists, offers, schoolHolidays, clock);
    }

    @Bean
    BookSeveralDaysService bookSeveralDaysService(Activities activities, BookDayUseCase bookDay) {
        return new BookSeveralDaysService(activities, bookDay);
    }

    /** The school holidays the grid shows: the municipality's zone in the staff-kept school calendar. */
    @Bean
    SchoolHolidayDays schoolHolidayDays(SchoolCalendars calendars) {
        return new StoredSchoolHolidayDays(calendars);
    }

    // Daily register (attendance)

    @Bean
    SpringAttendanceEvents springAttendanceEvents(ApplicationEventPublisher publisher) {
        return new SpringAttendanceEvents(publisher);
    }

    @Bean
    ViewAttendanceRegisterService viewAttendanceRegisterService(PlanningDays days, Activities activities,
                                                                Facilities facilities, Enrolments enrolments,
                                                                Reservations reservations, Absences absences,
                                                                Attendances attendances, Clock clock) {
        return new ViewAttendanceRegisterService(days, activities, facilities, enrolments, reservations, absences,
                attendances, clock);
    }

    @Bean
    RecordAttendanceService recordAttendanceService(PlanningDays days, Enrolments enrolments,
                                                    Reservations reservations, Absences absences,
                                                    Attendances attendances, AttendanceEvents events, Clock clock) {
        return new RecordAttendanceService(days, enrolments, reservations, absences, attendances, events, clock);
    }

    @Bean
    ReassessAttendanceService reassessAttendanceService(Activities activities, Absences absences,
                                                        Attendances attendances, AttendanceEvents events,
                                                        Clock clock) {
        return new ReassessAttendanceService(activities, absences, attendances, events, clock);
    }

    // Reservation and absence demands

    @Bean
    PlaceOfferAnnouncements placeOfferAnnouncements(ApplicationEventPublisher publisher,
                                                    org.springframework.beans.factory.ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
        return new SpringPlaceOfferAnnouncements(publisher,
                meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new));
    }

    /** Certificates live outside the web folder: {@code portal.storage.certificates}, by default data/certificates. */
    @Bean
    CertificateFiles certificateFiles(@Value("${portal.storage.certificates}") Path directory) {
        return new FileSystemCertificateFiles(directory);
    }

    @Bean
    DeclareAbsenceService declareAbsenceService(PlanningDays days, Reservations reservations, Absences absences,
                                                Certificates certificates, CertificateFiles files,
                                                GetChildNamesUseCase childNames, PlanningRequestRecords requests,
                                                Activities activities, Clock clock) {
        return new DeclareAbsenceService(days, reservations, absences, certificates, files, childNames, requests,
                activities, clock);
    }

    @Bean
    GetAbsenceCertificateService getAbsenceCertificateService(Absences absences, Certificates certificates,
                                                              CertificateFiles files,
                                                              AuditHealthDataUseCase healthAudit) {
        return new GetAbsenceCertificateService(absences, certificates, files, healthAudit);
    }

    @Bean
    RecordMedicalAbsenceReadService recordMedicalAbsenceReadService(Absences absences,
                                                                    AuditHealthDataUseCase healthAudit) {
        return new RecordMedicalAbsenceReadService(absences, healthAudit);
    }

    @Bean
    ApplyPlanningRequestDecisionService applyPlanningRequestDecisionService(
            Activities activities, Reservations reservations, Absences absences, ActivityDays activityDays,
            FreedPlaces freedPlaces, ReassessAttendanceUseCase reassessAttendance, Clock clock) {
        return new ApplyPlanningRequestDecisionService(activities, reservations, absences, activityDays, freedPlaces,
                reassessAttendance, clock);
    }

    @Bean
    ListFamilyWaitingService listFamilyWaitingService(WaitingLists waitingLists, Activities activities,
                                                      GetChildNamesUseCase childNames) {
        return new ListFamilyWaitingService(waitingLists, activities, childNames);
    }

    // Planning set-up (back office)

    @Bean
    PlanningEvents planningEvents(ApplicationEventPublisher publisher) {
        return new SpringPlanningEvents(publisher);
    }

    @Bean
    ViewPlanningSetUpService viewPlanningSetUpService(Facilities facilities, Activities activities,
                                                      BookingPeriods bookingPeriods, Closures closures,
                                                      Enrolments enrolments, SchoolCalendars calendars) {
        return new ViewPlanningSetUpService(facilities, activities, bookingPeriods, closures, enrolments, calendars);
    }

    @Bean
    FindUnbookedRegularDaysService findUnbookedRegularDaysService(Activities activities, PlanningDays days,
                                                                  Enrolments enrolments, Reservations reservations,
                                                                  GetChildNamesUseCase childNames) {
        return new FindUnbookedRegularDaysService(activities, days, enrolments, reservations, childNames);
    }

    @Bean
    ViewStaffFacilitiesService viewStaffFacilitiesService(StaffAssignments assignments) {
        return new ViewStaffFacilitiesService(assignments);
    }

    @Bean
    AssignStaffFacilitiesService assignStaffFacilitiesService(StaffAssignments assignments, Facilities facilities,
            ListStaffLoginsUseCase staffLogins) {
        return new AssignStaffFacilitiesService(assignments,
                facilities, staffLogins);
    }

    @Bean
    RenameFacilityService renameFacilityService(Facilities facilities) {
        return new RenameFacilityService(facilities);
    }

    @Bean
    ChangeActivityService changeActivityService(Activities activities, Facilities facilities,
                                                Reservations reservations, ActivityDays activityDays,
                                                SchoolHolidayDays schoolHolidays, PlanningEvents events, Clock clock) {
        return new ChangeActivityService(activities, facilities, reservations, activityDays, schoolHolidays, events,
                clock);
    }

    @Bean
    ManageBookingPeriodsService manageBookingPeriodsService(Activities activities, BookingPeriods bookingPeriods) {
        return new ManageBookingPeriodsService(activities, bookingPeriods);
    }

    @Bean
    ManageClosuresService manageClosuresService(Facilities facilities, Activities activities, Closures closures,
                                                Reservations reservations, ActivityDays activityDays,
                                                PlanningEvents events, Clock clock, PlaceOffers offers,
                                                WaitingLists waitingLists) {
        return new ManageClosuresService(facilities, activities, closures, reservations, activityDays, events, clock,
                offers, waitingLists);
    }

    @Bean
    ManageSchoolCalendarService manageSchoolCalendarService(SchoolCalendars calendars) {
        return new ManageSchoolCalendarService(calendars);
    }

    @Bean
    EndEnrolmentService endEnrolmentService(Activities activities, Enrolments enrolments, Reservations reservations,
                                            ActivityDays activityDays, FreedPlaces freedPlaces, Clock clock) {
        return new EndEnrolmentService(activities, enrolments, reservations, activityDays, freedPlaces, clock);
    }

    @Bean
    org.portailfamille.planning.application.service.ListBillableDaysService listBillableDaysService(
            org.portailfamille.planning.application.port.out.BillableDayFacts facts) {
        return new org.portailfamille.planning.application.service.ListBillableDaysService(facts);
    }

    @Bean
    ListFamiliesConcernedService listFamiliesConcernedService(FamiliesConcerned families) {
        return new ListFamiliesConcernedService(families);
    }
}
