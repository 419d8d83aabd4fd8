package org.portailfamille.messaging.adapter.in.event;

import org.portailfamille.billing.InvoiceIssued;
import org.portailfamille.billing.InvoicesIssued;
import org.portailfamille.messaging.application.port.in.FamilyNotice;
import org.portailfamille.messaging.application.port.in.NoticeKind;
import org.portailfamille.messaging.application.port.in.NotifyFamilyUseCase;
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
 * Tells a family of each invoice issued to it: a message in its inbox linking to "Relevé de compte", and an e-mail
 * (or SMS) to each adult whose preferences for new invoices ask for it. Worded here from the {@code mails} bundle
 * (billing knows nothing of messaging); the cause is the invoice, so a redelivered event tells nothing twice.
 */
@Component
class InvoiceIssuedListener {

    static final String STATEMENT = "/famille/releve";
    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);

    private final NotifyFamilyUseCase notify;
    private final MessageSource messages;
    private final String municipalityName;

    InvoiceIssuedListener(NotifyFamilyUseCase notify, MessageSource messages,
                          @Value("${portal.municipality.name}") String municipalityName) {
        this.notify = notify;
        this.messages = messages;
        this.municipalityName = municipalityName;
    }

    /**
     * The invoices of a run's chunk (ADR 0047): every family told in this one transaction, a few statements for all
     * of them; a redelivered event tells nobody twice (the causes are the invoices).
     */
    @ApplicationModuleListener
    void on(InvoicesIssued event) {
        notify.notifyFamilies(event.invoices().stream().map(this::notice).toList());
    }

    /** One invoice: kept for publications of it the registry still holds from before ADR 0047 (resubmitted). */
    @ApplicationModuleListener
    void on(InvoiceIssued event) {
        notify.notifyFamily(notice(event));
    }

    private FamilyNotice notice(InvoiceIssued event) {
        UUID causeId = UUID.nameUUIDFromBytes(("invoice-issued:" + event.invoiceId())
                .getBytes(StandardCharsets.UTF_8));
        String amount = amount(event);
        String subject = messages.getMessage("mail.invoice.subject", new Object[]{event.number(), amount}, FRENCH);
        String body = messages.getMessage("mail.invoice.body", new Object[]{event.number(), event.regieName(),
                DAY.format(event.periodStart()), DAY.format(event.periodEnd()), amount, DAY.format(event.dueDate()),
                municipalityName}, FRENCH);
        String sender = messages.getMessage("mail.invoice.sender", new Object[]{event.regieName()}, FRENCH);
        String sms = messages.getMessage("sms.NEW_INVOICE", new Object[]{subject, municipalityName}, FRENCH);
        return new FamilyNotice(causeId, event.family(), NoticeKind.NEW_INVOICE, sender, subject, body, STATEMENT, sms);
    }

    private static String amount(InvoiceIssued event) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(event.amount().amount()) + "\u00a0€";
    }
}
