package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.billing.DirectDebitAnnounced;
import org.portailfamille.billing.DirectDebitRejected;
import org.portailfamille.messaging.application.port.in.FamilyNotice;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.NotifyFamilyUseCase;
import org.portailfamille.shared.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells a family about its direct debits, through the same path as new invoices (a message in its inbox linking to
 * "Relevé de compte", plus e-mail/SMS as its preferences for invoices ask): the pre-notification of a debit (amount,
 * date, mandate and creditor identifier) and a debit its bank rejected. The cause is the file and family, or the
 * rejected collection, so a redelivered event tells nothing twice.
 */
@Component
class DirectDebitListener {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);

    private final NotifyFamilyUseCase notify;
    private final MessageSource messages;
    private final String municipalityName;

    DirectDebitListener(NotifyFamilyUseCase notify, MessageSource messages,
                        @Value("${portal.municipality.name}") String municipalityName) {
        this.notify = notify;
        this.messages = messages;
        this.municipalityName = municipalityName;
    }

    @ApplicationModuleListener
    void on(DirectDebitAnnounced event) {
        UUID causeId = UUID.nameUUIDFromBytes(("direct-debit-announced:" + event.fileId() + ":"
                + event.family().value()).getBytes(StandardCharsets.UTF_8));
        String amount = amount(event.amount());
        String date = DAY.format(event.collectionDate());
        String subject = text("mail.directDebit.announced.subject", amount, date);
        String body = text("mail.directDebit.announced.body", amount, date, String.join(", ", event.invoiceNumbers()),
                event.rum(), event.creditorId(), event.regieName(), municipalityName);
        String sms = text("mail.directDebit.announced.sms", amount, date, municipalityName);
        notify.notifyFamily(new FamilyNotice(causeId, event.family(), NoticeKind.NEW_INVOICE,
                text("mail.invoice.sender", event.regieName()), subject, body, InvoiceIssuedListener.STATEMENT, sms));
    }

    @ApplicationModuleListener
    void on(DirectDebitRejected event) {
        UUID causeId = UUID.nameUUIDFromBytes(("direct-debit-rejected:" + event.collectionId())
                .getBytes(StandardCharsets.UTF_8));
        String amount = amount(event.amount());
        String reason = messages.getMessage("mail.directDebit.reason." + event.reasonCode(), null, event.reasonCode(),
                FRENCH);
        String subject = text("mail.directDebit.rejected.subject", event.invoiceNumber());
        String body = text("mail.directDebit.rejected.body", event.invoiceNumber(), amount, reason, event.regieName(),
                municipalityName);
        String sms = text("mail.directDebit.rejected.sms", event.invoiceNumber(), amount, municipalityName);
        notify.notifyFamily(new FamilyNotice(causeId, event.family(), NoticeKind.NEW_INVOICE,
                text("mail.invoice.sender", event.regieName()), subject, body, InvoiceIssuedListener.STATEMENT, sms));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, FRENCH);
    }

    private static String amount(Money money) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(money.amount()) + "\u00a0€";
    }
}
