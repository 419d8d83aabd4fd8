package org.portailfamille.web;

import org.portailfamille.shared.Money;
import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and amounts as the guide shows them: "Lundi 4 Mai 2015" in the banner, 08/04/2015 in tables,
 * "1 234,50 €" for amounts. Used from templates as {@code @frenchFormats}.
 */
@Component("frenchFormats")
public class FrenchFormats {

    private final java.time.ZoneId zone;

    public FrenchFormats(java.time.Clock clock) {
        this.zone = clock.getZone();
    }

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", FRENCH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH);

    /** "Lundi 4 Mai 2015": each word capitalised, as in the guide's banner. */
    public String longDate(LocalDate date) {
        StringBuilder out = new StringBuilder();
        for (String word : LONG.format(date).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    /** "08/04/2015" for an instant, in the portal's time zone. */
    public String shortDate(java.time.Instant instant) {
        return SHORT.format(instant.atZone(zone));
    }

    /** "08/04/2015". */
    public String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    /** "1 234,50" (no currency sign), for quotients and other decimal figures. */
    public String decimal(java.math.BigDecimal value) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(value);
    }

    /** "08/04/2015 à 14:05" for an instant, in the portal's time zone. */
    public String dateTime(java.time.Instant instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", FRENCH).format(instant.atZone(zone));
    }

    /** "1 234,50 €" with a narrow no-break space between thousands and a no-break space before the sign. */
    public String amount(Money money) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator('\u202f');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(money.amount()) + "\u00a0€";
    }
}
