package archfixtures.billing.application.service;

/** Breaks "use cases are interfaces of port.in": a class named *UseCase in the service package. */
public class PayInvoiceUseCase {
}
