package archfixtures.billing.domain;

/** A well-behaved domain class (the rules need classes to match). */
public record Invoice(String number, java.math.BigDecimal amount) {
}
