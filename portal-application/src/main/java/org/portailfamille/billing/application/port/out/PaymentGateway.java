package org.portailfamille.billing.application.port.out;

import org.jspecify.annotations.Nullable;
import org.portailfamille.shared.Money;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The online payment provider (the treasury's PayFiP hosted page, or its simulator in the demo): the portal creates
 * an operation there and sends the family to its page; the provider notifies the portal server to server, and the
 * portal asks it for the operation's status before believing anything (ADR 0027).
 */
public interface PaymentGateway {

    /**
     * An operation to create at the provider: one invoice of a régie.
     *
     * @param operationId   the portal's id of the operation (the family comes back to its page)
     * @param regiePrefix   the régie (the adapter knows its client id at the provider)
     * @param invoiceNumber the invoice paid ("AL-36"), the provider's payment reference
     * @param year          the invoice's year (PayFiP's "exer")
     */
    record NewOperation(UUID operationId, String regiePrefix, String invoiceNumber, int year, Money amount) {
        public NewOperation {
            Objects.requireNonNull(operationId, "operationId");
            Objects.requireNonNull(regiePrefix, "regiePrefix");
            Objects.requireNonNull(invoiceNumber, "invoiceNumber");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The provider's id of the operation and the page the family is sent to. */
    record CreatedOperation(String providerOperationId, URI paymentPage) {
    }

    /**
     * What the provider says when asked.
     *
     * @param result            paid, refused, abandoned or not finished
     * @param amount            the amount paid (checked against the operation's)
     * @param directDebit       true for the single direct debit, false for a card
     * @param transactionNumber the authorisation number, when paid
     * @param date              the payment date, when paid
     */
    record ProviderStatus(org.portailfamille.billing.domain.ProviderResult result, @Nullable Money amount,
                          boolean directDebit, @Nullable String transactionNumber, @Nullable LocalDate date) {
    }

    /** Creates the operation at the provider; throws {@link ProviderUnavailable} when it cannot be reached. */
    CreatedOperation create(NewOperation operation);

    /**
     * The provider operation id a notification is about, if the notification is authentic (its signature checks);
     * empty for a forged or malformed one.
     */
    Optional<String> authenticate(Map<String, String> notification);

    /** Asks the provider for the operation's status; throws {@link ProviderUnavailable} when it cannot be reached. */
    ProviderStatus status(String providerOperationId);

    /** The provider could not be reached or answered nonsense. */
    class ProviderUnavailable extends RuntimeException {
        public ProviderUnavailable(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }
}
