package org.portailfamille.planning.config;

import org.portailfamille.planning.application.port.out.Activities;
import org.portailfamille.planning.application.port.out.ActivityDays;
import org.portailfamille.planning.application.port.out.Closures;
import org.portailfamille.planning.application.port.out.Enrolments;
import org.portailfamille.planning.application.port.out.Facilities;
import org.portailfamille.planning.application.port.out.PlaceOffers;
import org.portailfamille.planning.application.port.out.Reservations;
import org.portailfamille.planning.application.port.out.WaitingLists;
import org.portailfamille.planning.application.service.AcceptPlaceOfferService;
import org.portailfamille.planning.application.service.BookDayService;
import org.portailfamille.planning.application.service.CancelDayService;
import org.portailfamille.planning.application.service.EnrolChildService;
import org.portailfamille.planning.application.service.ExpirePlaceOffersService;
import org.portailfamille.planning.application.service.JoinWaitingListService;
import org.portailfamille.planning.application.service.ListPlaceOffersService;
import org.portailfamille.planning.application.service.SetUpActivityService;
import org.portailfamille.planning.application.service.SetUpFacilityService;
import org.portailfamille.planning.application.service.ViewDayOccupancyService;
import org.portailfamille.planning.application.service.ViewWaitingListPositionService;
import org.portailfamille.planning.adapter.out.event.SpringPlanningEvents;
import org.portailfamille.planning.application.port.out.BookingPeriods;
import org.portailfamille.planning.application.port.out.PlanningEvents;
import org.portailfamille.planning.application.port.out.SchoolCalendars;
import org.portailfamille.planning.application.service.ChangeActivityService;
import org.portailfamille.planning.application.service.EndEnrolmentService;
import org.portailfamille.planning.application.service.ManageBookingPeriodsService;
import org.portailfamille.planning.application.service.ManageClosuresService;
import org.portailfamille.planning.application.service.ManageSchoolCalendarService;
import org.portailfamille.planning.application.service.RenameFacilityService;
import org.portailfamille.planning.application.service.ViewPlanningSetUpService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wiring of the planning module's services. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    SetUpFacilityService setUpFacilityService(Facilities facilities) {
        return new SetUpFacilityService(facilities);
    }

    @Bean
    SetUpActivityService setUpActivityService(Facilities facilities, Activities activities) {
        return new SetUpActivityService(facilities, activities);
    }

    @Bean
    EnrolChildService enrolChildService(Activities activities, Enrolments enrolments) {
        return new EnrolChildService(activities, enrolments);
    }

    @Bean
    BookDayService bookDayService(Activities activities, Closures closures, Enrolments enrolments,
                                  Reservations reservations, ActivityDays activityDays, WaitingLists waitingLists,
                                  BookingPeriods bookingPeriods, Clock clock) {
        return new BookDayService(activities, closures, enrolments, reservations, activityDays, waitingLists,
                bookingPeriods, clock);
    }

    @Bean
    CancelDayService cancelDayService(Activities activities, Closures closures, Enrolments enrolments,
                                      Reservations reservations, ActivityDays activityDays,
                                      WaitingLists waitingLists, PlaceOffers offers, Clock clock) {
        return new CancelDayService(activities, closures, enrolments, reservations, activityDays, waitingLists,
                offers, clock);
    }

    @Bean
    JoinWaitingListService joinWaitingListService(Activities activities, Closures closures, Enrolments enrolments,
                                                  Reservations reservations, ActivityDays activityDays,
                                                  WaitingLists waitingLists, PlaceOffers offers, Clock clock) {
        return new JoinWaitingListService(activities, closures, enrolments, reservations, activityDays,
                waitingLists, offers, clock);
    }

    @Bean
    ViewWaitingListPositionService viewWaitingListPositionService(Activities activities, Closures closures,
                                                                  Enrolments enrolments, WaitingLists waitingLists) {
        return new ViewWaitingListPositionService(activities, closures, enrolments, waitingLists);
    }

    @Bean
    AcceptPlaceOfferService acceptPlaceOfferService(Activities activities, Enrolments enrolments,
                                                    Reservations reservations, ActivityDays activityDays,
                                                    WaitingLists waitingLists, PlaceOffers offers, Clock clock) {
        return new AcceptPlaceOfferService(activities, enrolments, reservations, activityDays, waitingLists, offers,
                clock);
    }

    @Bean
    ExpirePlaceOffersService expirePlaceOffersService(Activities activities, Enrolments enrolments,
                                                      ActivityDays activityDays, WaitingLists waitingLists,
                                                      PlaceOffers offers, Clock clock) {
        return new ExpirePlaceOffersService(activities, enrolments, activityDays, waitingLists, offers, clock);
    }

    @Bean
    ListPlaceOffersService listPlaceOffersService(Activities activities, PlaceOffers offers, Clock clock) {
        return new ListPlaceOffersService(activities, offers, clock);
    }

    @Bean
    ViewDayOccupancyService viewDayOccupancyService(Activities activities, ActivityDays activityDays,
                                                    WaitingLists waitingLists) {
        return new ViewDayOccupancyService(activities, activityDays, waitingLists);
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
    RenameFacilityService renameFacilityService(Facilities facilities) {
        return new RenameFacilityService(facilities);
    }

    @Bean
    ChangeActivityService changeActivityService(Activities activities) {
        return new ChangeActivityService(activities);
    }

    @Bean
    ManageBookingPeriodsService manageBookingPeriodsService(Activities activities, BookingPeriods bookingPeriods) {
        return new ManageBookingPeriodsService(activities, bookingPeriods);
    }

    @Bean
    ManageClosuresService manageClosuresService(Facilities facilities, Activities activities, Closures closures,
                                                Reservations reservations, ActivityDays activityDays,
                                                PlanningEvents events, Clock clock) {
        return new ManageClosuresService(facilities, activities, closures, reservations, activityDays, events, clock);
    }

    @Bean
    ManageSchoolCalendarService manageSchoolCalendarService(SchoolCalendars calendars) {
        return new ManageSchoolCalendarService(calendars);
    }

    @Bean
    EndEnrolmentService endEnrolmentService(Activities activities, Enrolments enrolments, Reservations reservations,
                                            ActivityDays activityDays, WaitingLists waitingLists, PlaceOffers offers,
                                            Clock clock) {
        return new EndEnrolmentService(activities, enrolments, reservations, activityDays, waitingLists, offers, clock);
    }
}
