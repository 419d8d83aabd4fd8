package org.portailfamille.planning.adapter.out.persistence;

import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.TableField;
import org.portailfamille.planning.ActivityId;
import org.portailfamille.shared.ChildId;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The columns of a planning table holding rows per child, activity and day (reservations, absences, attendances),
 * and the conditions their queries share.
 */
record ChildDayColumns<R extends Record>(TableField<R, UUID> child, TableField<R, UUID> activity,
                                         TableField<R, LocalDate> day) {

    /** One child's rows from {@code from} to {@code to}, both included. */
    Condition ofChild(ChildId childId, LocalDate from, LocalDate to) {
        return child.eq(childId.value()).and(day.between(from, to));
    }

    /** An activity's rows from {@code from} to {@code to}, both included. */
    Condition ofActivity(ActivityId activityId, LocalDate from, LocalDate to) {
        return activity.eq(activityId.value()).and(day.between(from, to));
    }

    /** An activity's rows on one day. */
    Condition on(ActivityId activityId, LocalDate date) {
        return activity.eq(activityId.value()).and(day.eq(date));
    }

    /** A child's rows for one activity on one day. */
    Condition of(ChildId childId, ActivityId activityId, LocalDate date) {
        return child.eq(childId.value()).and(activity.eq(activityId.value())).and(day.eq(date));
    }
}
