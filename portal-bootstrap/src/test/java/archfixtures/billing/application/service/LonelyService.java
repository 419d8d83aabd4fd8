package archfixtures.billing.application.service;

/** Breaks "services implement use cases". */
public class LonelyService {
}
