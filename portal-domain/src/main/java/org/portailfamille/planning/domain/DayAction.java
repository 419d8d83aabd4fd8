package org.portailfamille.planning.domain;

/** What a family may do now on a day of an activity, as {@link GridStatusPolicy} decides it. */
public enum DayAction {
    BOOK,
    CANCEL,
    DECLARE_ABSENCE,
    JOIN_WAITING_LIST,
    ACCEPT_OFFER,
    /** Take the child off the day's waiting list. */
    LEAVE_WAITING_LIST
}
