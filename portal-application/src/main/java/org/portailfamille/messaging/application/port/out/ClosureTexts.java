package org.portailfamille.messaging.application.port.out;

import org.portailfamille.messaging.application.port.in.DaysClosedNotice;

/** The wording (French) of the message telling a family about closed days; the adapter takes it from the bundles. */
public interface ClosureTexts {

    String subject(DaysClosedNotice notice);

    String body(DaysClosedNotice notice);

    String senderName();

    /** The portal path where the family sees its bookings. */
    String link(DaysClosedNotice notice);
}
