package org.portailfamille.planning.adapter.in.web;

import org.portailfamille.access.PortalUser;
import org.portailfamille.planning.application.port.in.StaffFacilities;
import org.portailfamille.planning.application.port.in.ViewPlanningSetUpUseCase;
import org.portailfamille.planning.application.port.in.ViewStaffFacilitiesUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;
import java.util.UUID;

/**
 * The facilities the logged-in member of staff works for, for planning's staff pages (ADR 0025, 0043): registers,
 * facility sheets, occupancy and the set-up of facilities and activities list only these facilities
 * (administrators: all of them), and a facility or activity of another one, reached by its address, answers 404 as
 * the Messagerie does. One lookup per request of a page; nobody logged in (or a parent) works for none.
 */
@Component
class StaffSites {

    private static final StaffFacilities NONE = new StaffFacilities(false, Set.of());

    private final ViewStaffFacilitiesUseCase scopes;
    private final ViewPlanningSetUpUseCase planning;

    StaffSites(ViewStaffFacilitiesUseCase scopes, ViewPlanningSetUpUseCase planning) {
        this.scopes = scopes;
        this.planning = planning;
    }

    /** The facilities of the member of staff of this request. */
    StaffFacilities current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user && user.isStaff()) {
            return of(scopes, user);
        }
        return NONE;
    }

    /**
     * The facilities of this member of staff, read once per request (the menu's rule and the page both ask); outside
     * a request (no request attributes), read each time.
     */
    static StaffFacilities of(ViewStaffFacilitiesUseCase scopes, PortalUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return scopes.staffFacilities(user.loginId());
        }
        String key = StaffSites.class.getName() + "." + user.loginId();
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof StaffFacilities known) {
            return known;
        }
        StaffFacilities read = scopes.staffFacilities(user.loginId());
        request.setAttribute(key, read, RequestAttributes.SCOPE_REQUEST);
        return read;
    }

    /** 404 unless the member of staff works for this facility. */
    void requireFacility(UUID facilityId) {
        if (!current().covers(facilityId)) {
            throw notFound();
        }
    }

    /**
     * 404 when the activity belongs to a facility the member of staff does not work for; an activity that does not
     * exist is left to the page (which says so in its own way).
     */
    void refuseActivityElsewhere(UUID activityId) {
        planning.activity(activityId).ifPresent(activity -> requireFacility(activity.facilityId()));
    }

    /** 403 unless the member of staff works for all sites (creating a facility is the administrators'). */
    void requireAdministrator() {
        if (!current().allFacilities()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
