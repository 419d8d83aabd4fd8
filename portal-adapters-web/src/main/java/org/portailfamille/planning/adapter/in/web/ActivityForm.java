package org.portailfamille.planning.adapter.in.web;

import java.util.ArrayList;
import java.util.List;

/** An activity's settings as typed: its deadlines as the fields of each kind of rule (only those of the chosen kind are read). */
public class ActivityForm {

    private String name = "";
    private String season = "ALL_YEAR";
    private String sessions = "";
    private String regieId = "";
    private List<String> weekdays = new ArrayList<>();
    private String places = "";
    private String alertThreshold = "";
    private String bookingMode = "";
    private String bookingKind = "";
    private String bookingDays = "";
    private String bookingWeeks = "";
    private String bookingWeekday = "";
    private String bookingMonths = "";
    private String bookingMonthDay = "";
    private String bookingTime = "";
    private String bookingSkipWeekends = "";
    private String bookingSkipPublicHolidays = "";
    private String bookingSkipClosures = "";
    private List<String> bookingSkippedDays = new ArrayList<>();
    private String cancellation = "";
    private String cancelKind = "";
    private String cancelDays = "";
    private String cancelWeeks = "";
    private String cancelWeekday = "";
    private String cancelMonths = "";
    private String cancelMonthDay = "";
    private String cancelTime = "";
    private String cancelSkipWeekends = "";
    private String cancelSkipPublicHolidays = "";
    private String cancelSkipClosures = "";
    private List<String> cancelSkippedDays = new ArrayList<>();

    public String getSeason() {
        return season;
    }

    public void setSeason(String season) {
        this.season = season == null ? "" : season;
    }

    /** Dated sessions, one a line: "06/07/2027 - 24/07/2027". */
    public String getSessions() {
        return sessions;
    }

    public void setSessions(String sessions) {
        this.sessions = sessions == null ? "" : sessions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getRegieId() {
        return regieId;
    }

    public void setRegieId(String regieId) {
        this.regieId = regieId == null ? "" : regieId;
    }

    public List<String> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<String> weekdays) {
        this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places == null ? "" : places;
    }

    public String getAlertThreshold() {
        return alertThreshold;
    }

    public void setAlertThreshold(String alertThreshold) {
        this.alertThreshold = alertThreshold == null ? "" : alertThreshold;
    }

    public String getBookingMode() {
        return bookingMode;
    }

    public void setBookingMode(String bookingMode) {
        this.bookingMode = bookingMode == null ? "" : bookingMode;
    }

    public String getBookingKind() {
        return bookingKind;
    }

    public void setBookingKind(String bookingKind) {
        this.bookingKind = bookingKind == null ? "" : bookingKind;
    }

    public String getBookingDays() {
        return bookingDays;
    }

    public void setBookingDays(String bookingDays) {
        this.bookingDays = bookingDays == null ? "" : bookingDays;
    }

    public String getBookingWeeks() {
        return bookingWeeks;
    }

    public void setBookingWeeks(String bookingWeeks) {
        this.bookingWeeks = bookingWeeks == null ? "" : bookingWeeks;
    }

    public String getBookingWeekday() {
        return bookingWeekday;
    }

    public void setBookingWeekday(String bookingWeekday) {
        this.bookingWeekday = bookingWeekday == null ? "" : bookingWeekday;
    }

    public String getBookingMonths() {
        return bookingMonths;
    }

    public void setBookingMonths(String bookingMonths) {
        this.bookingMonths = bookingMonths == null ? "" : bookingMonths;
    }

    public String getBookingMonthDay() {
        return bookingMonthDay;
    }

    public void setBookingMonthDay(String bookingMonthDay) {
        this.bookingMonthDay = bookingMonthDay == null ? "" : bookingMonthDay;
    }

    public String getBookingTime() {
        return bookingTime;
    }

    public void setBookingTime(String bookingTime) {
        this.bookingTime = bookingTime == null ? "" : bookingTime;
    }

    public String getBookingSkipWeekends() {
        return bookingSkipWeekends;
    }

    public void setBookingSkipWeekends(String bookingSkipWeekends) {
        this.bookingSkipWeekends = bookingSkipWeekends == null ? "" : bookingSkipWeekends;
    }

    public String getBookingSkipPublicHolidays() {
        return bookingSkipPublicHolidays;
    }

    public void setBookingSkipPublicHolidays(String bookingSkipPublicHolidays) {
        this.bookingSkipPublicHolidays = bookingSkipPublicHolidays == null ? "" : bookingSkipPublicHolidays;
    }

    public String getBookingSkipClosures() {
        return bookingSkipClosures;
    }

    public void setBookingSkipClosures(String bookingSkipClosures) {
        this.bookingSkipClosures = bookingSkipClosures == null ? "" : bookingSkipClosures;
    }

    public List<String> getBookingSkippedDays() {
        return bookingSkippedDays;
    }

    public void setBookingSkippedDays(List<String> bookingSkippedDays) {
        this.bookingSkippedDays = bookingSkippedDays == null ? new ArrayList<>() : new ArrayList<>(bookingSkippedDays);
    }

    public String getCancellation() {
        return cancellation;
    }

    public void setCancellation(String cancellation) {
        this.cancellation = cancellation == null ? "" : cancellation;
    }

    public String getCancelKind() {
        return cancelKind;
    }

    public void setCancelKind(String cancelKind) {
        this.cancelKind = cancelKind == null ? "" : cancelKind;
    }

    public String getCancelDays() {
        return cancelDays;
    }

    public void setCancelDays(String cancelDays) {
        this.cancelDays = cancelDays == null ? "" : cancelDays;
    }

    public String getCancelWeeks() {
        return cancelWeeks;
    }

    public void setCancelWeeks(String cancelWeeks) {
        this.cancelWeeks = cancelWeeks == null ? "" : cancelWeeks;
    }

    public String getCancelWeekday() {
        return cancelWeekday;
    }

    public void setCancelWeekday(String cancelWeekday) {
        this.cancelWeekday = cancelWeekday == null ? "" : cancelWeekday;
    }

    public String getCancelMonths() {
        return cancelMonths;
    }

    public void setCancelMonths(String cancelMonths) {
        this.cancelMonths = cancelMonths == null ? "" : cancelMonths;
    }

    public String getCancelMonthDay() {
        return cancelMonthDay;
    }

    public void setCancelMonthDay(String cancelMonthDay) {
        this.cancelMonthDay = cancelMonthDay == null ? "" : cancelMonthDay;
    }

    public String getCancelTime() {
        return cancelTime;
    }

    public void setCancelTime(String cancelTime) {
        this.cancelTime = cancelTime == null ? "" : cancelTime;
    }

    public String getCancelSkipWeekends() {
        return cancelSkipWeekends;
    }

    public void setCancelSkipWeekends(String cancelSkipWeekends) {
        this.cancelSkipWeekends = cancelSkipWeekends == null ? "" : cancelSkipWeekends;
    }

    public String getCancelSkipPublicHolidays() {
        return cancelSkipPublicHolidays;
    }

    public void setCancelSkipPublicHolidays(String cancelSkipPublicHolidays) {
        this.cancelSkipPublicHolidays = cancelSkipPublicHolidays == null ? "" : cancelSkipPublicHolidays;
    }

    public String getCancelSkipClosures() {
        return cancelSkipClosures;
    }

    public void setCancelSkipClosures(String cancelSkipClosures) {
        this.cancelSkipClosures = cancelSkipClosures == null ? "" : cancelSkipClosures;
    }

    public List<String> getCancelSkippedDays() {
        return cancelSkippedDays;
    }

    public void setCancelSkippedDays(List<String> cancelSkippedDays) {
        this.cancelSkippedDays = cancelSkippedDays == null ? new ArrayList<>() : new ArrayList<>(cancelSkippedDays);
    }
}
