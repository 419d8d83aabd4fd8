package archfixtures.billing.application.port.out;

/** A well-behaved out-port. */
public interface Invoices {
    archfixtures.billing.domain.Invoice byNumber(String number);
}
