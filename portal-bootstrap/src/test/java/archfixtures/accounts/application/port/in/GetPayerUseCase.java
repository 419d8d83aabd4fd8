package archfixtures.accounts.application.port.in;

/** Another module's published use case. */
public interface GetPayerUseCase {

    String payerName(String familyId);
}
