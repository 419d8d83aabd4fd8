package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.billing.application.port.in.InvoiceDocument;
import org.portailfamille.billing.application.port.in.InvoiceStatus;
import org.portailfamille.billing.application.port.in.OperationView;
import org.portailfamille.billing.application.port.in.RegieSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Billing's words and figures for its pages and its PDF, as the guide writes them: amounts "1 234,50 €" (exact
 * decimals, never a double), dates 08/04/2015, the description of a line of the "Relevé des opérations"
 * ("Facture : 01/04/2015 - 30/04/2015", "Règlement : Chèque", "Titre émis (ORMC n°X)"). Used from templates as
 * {@code @billingWords}.
 */
@Component("billingWords")
public class BillingWords {

    static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);

    private final MessageSource messages;

    BillingWords(MessageSource messages) {
        this.messages = messages;
    }

    /** "1 234,50 €" (narrow no-break space between thousands, no-break space before the sign). */
    public String amount(@Nullable BigDecimal amount) {
        return amount == null ? "" : decimal(amount) + "\u00a0€";
    }

    /** An amount, or nothing when it is zero (the empty Débit or Crédit cell of the guide). */
    public String amountOrBlank(@Nullable BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "" : amount(amount);
    }

    /** "1 234,50" (two decimals, rounded half-even only if a figure ever had more). */
    public String decimal(BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A quantity: "3" or "1,5". */
    public String quantity(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** "08/04/2015". */
    public String date(@Nullable LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** The description of a line of the "Relevé des opérations". */
    public String description(OperationView operation) {
        return switch (operation.kind()) {
            case INVOICE -> text("billing.operation.invoice", date(operation.periodStart()), date(operation.periodEnd()));
            case PAYMENT -> text("billing.operation.payment", method(operation.method()));
            case TREASURY_TITLE -> text("billing.operation.title", nullToEmpty(operation.reference()));
            case CREDIT_NOTE -> text("billing.operation.creditNote", nullToEmpty(operation.reference()));
            case PAYMENT_CANCELLATION -> text("billing.operation.cancellation", nullToEmpty(operation.reference()));
        };
    }

    /** "Chèque", "Espèces", "Carte bancaire", "Prélèvement", "Titre émis". */
    public String method(@Nullable String code) {
        return code == null ? "" : messages.getMessage("billing.method." + code, null, code, FRENCH);
    }

    /**
     * Why a line of a printed invoice is billed and how its price was set: "Réservé – tranche QF de 600,00 à
     * 900,00", "Présent sans réservation – majoration forfaitaire", "Réservé – majoration de réservation tardive (10 %)".
     */
    public String lineReason(InvoiceDocument.Line line) {
        StringBuilder reason = new StringBuilder(text("billing.usage." + line.usage()));
        if (!"DAY".equals(line.component())) {
            reason.append(" – ").append(text("billing.component." + line.component()));
        }
        String why = switch (line.why()) {
            case "BRACKET" -> line.quotientTo() == null
                    ? text("billing.why.BRACKET_TOP", decimal(orZero(line.quotientFrom())))
                    : text("billing.why.BRACKET", decimal(orZero(line.quotientFrom())), decimal(line.quotientTo()));
            case "LATE_BOOKING" -> text("billing.why.LATE_BOOKING", quantity(orZero(line.percent())));
            default -> text("billing.why." + line.why());
        };
        reason.append(" – ").append(why);
        if (line.reasonCode() != null && !line.reasonCode().isBlank()) {
            reason.append(" (").append(messages.getMessage("billing.reason." + line.reasonCode(), null,
                    line.reasonCode(), FRENCH)).append(')');
        }
        if (line.creditedNumber() != null) {
            reason.append(" – ").append(text("billing.pdf.creditsInvoice", line.creditedNumber()));
        }
        return reason.toString();
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** "Payée", "Non payée", … */
    public String status(InvoiceStatus status) {
        return text("billing.status." + status.name());
    }

    /** [id, name] pairs of the régies, "Choisir" first, for a select. */
    public List<String[]> regieOptions(List<RegieSummary> regies) {
        List<String[]> options = new ArrayList<>();
        options.add(new String[]{"", text("billing.choose")});
        regies.forEach(regie -> options.add(new String[]{regie.id().toString(), regie.name()}));
        return options;
    }

    /** [code, label] pairs, labels from {@code prefix + code}. */
    public List<String[]> options(List<String> codes, String prefix) {
        return codes.stream().map(code -> new String[]{code, text(prefix + code)}).toList();
    }

    /** The words of a message of the billing bundle. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, FRENCH);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
