package archfixtures.billing.application.port.in;

/** A well-behaved use case. */
public interface PayUseCase {
    void pay(String number);
}
