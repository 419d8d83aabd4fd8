package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The staff billing forms, as typed (strings, so that a wrong value is shown back as typed with its French
 * message), and the parsing of their values: amounts "12,40" or "12.40" (two decimals at most, exact), dates
 * "2015-04-30" or "30/04/2015", months "2015-04" or "04/2015".
 */
final class BillingForms {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");
    private static final Pattern PERCENT = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private BillingForms() {
    }

    static @Nullable BigDecimal amount(@Nullable String value) {
        String cleaned = clean(value).replace("€", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "");
        return AMOUNT.matcher(cleaned).matches() ? new BigDecimal(cleaned.replace(',', '.')) : null;
    }

    static @Nullable BigDecimal percent(@Nullable String value) {
        String cleaned = clean(value).replace("%", "").trim();
        return PERCENT.matcher(cleaned).matches() ? new BigDecimal(cleaned.replace(',', '.')) : null;
    }

    static @Nullable LocalDate date(@Nullable String value) {
        String cleaned = clean(value);
        try {
            return cleaned.contains("/") ? LocalDate.parse(cleaned, FRENCH_DATE) : LocalDate.parse(cleaned);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static @Nullable YearMonth month(@Nullable String value) {
        String cleaned = clean(value);
        try {
            if (cleaned.matches("\\d{1,2}/\\d{4}")) {
                String[] parts = cleaned.split("/");
                return YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
            }
            return cleaned.matches("\\d{4}-\\d{2}") ? YearMonth.parse(cleaned) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String clean(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    /** A draft run: a régie and a month that is over. */
    public static class RunForm {
        private String regie = "";
        private String mois = "";

        public String getRegie() { return regie; }
        public void setRegie(String regie) { this.regie = regie; }
        public String getMois() { return mois; }
        public void setMois(String mois) { this.mois = mois; }
    }

    /** Issue a draft: the invoices' due date (empty: in 30 days). */
    public static class IssueForm {
        private String echeance = "";

        public String getEcheance() { return echeance; }
        public void setEcheance(String echeance) { this.echeance = echeance; }
    }

    /** A tariff of an activity. */
    public static class TariffForm {
        private String libelle = "";
        private String unite = "DAY";
        private String nature = "";
        private String quantite = "1";
        private String du = "";
        private String au = "";
        private String mode = "FLAT";
        private String prix = "";
        private String tranches = "";
        private String majorationTardive = "0";
        private String majorationSansReservation = "0";
        private Map<String, String> effets = new LinkedHashMap<>();
        private Map<String, String> montants = new LinkedHashMap<>();

        public String getLibelle() { return libelle; }
        public void setLibelle(String libelle) { this.libelle = libelle; }
        public String getUnite() { return unite; }
        public String getNature() { return nature; }
        public void setNature(String nature) { this.nature = nature == null ? "" : nature; }
        public void setUnite(String unite) { this.unite = unite; }
        public String getQuantite() { return quantite; }
        public void setQuantite(String quantite) { this.quantite = quantite; }
        public String getDu() { return du; }
        public void setDu(String du) { this.du = du; }
        public String getAu() { return au; }
        public void setAu(String au) { this.au = au; }
        public String getMode() { return mode; }
        public void setMode(String mode) { this.mode = mode; }
        public String getPrix() { return prix; }
        public void setPrix(String prix) { this.prix = prix; }
        public String getTranches() { return tranches; }
        public void setTranches(String tranches) { this.tranches = tranches; }
        public String getMajorationTardive() { return majorationTardive; }
        public void setMajorationTardive(String majorationTardive) { this.majorationTardive = majorationTardive; }
        public String getMajorationSansReservation() { return majorationSansReservation; }
        public void setMajorationSansReservation(String value) { this.majorationSansReservation = value; }
        public Map<String, String> getEffets() { return effets; }
        public void setEffets(Map<String, String> effets) { this.effets = effets; }
        public Map<String, String> getMontants() { return montants; }
        public void setMontants(Map<String, String> montants) { this.montants = montants; }
    }

    /** A payment received for a family at a régie. */
    public static class PaymentForm {
        private String famille = "";
        private String regie = "";
        private String mode = "CHEQUE";
        private String montant = "";
        private String date = "";
        private String reference = "";
        private String factures = "";

        public String getFamille() { return famille; }
        public void setFamille(String famille) { this.famille = famille; }
        public String getRegie() { return regie; }
        public void setRegie(String regie) { this.regie = regie; }
        public String getMode() { return mode; }
        public void setMode(String mode) { this.mode = mode; }
        public String getMontant() { return montant; }
        public void setMontant(String montant) { this.montant = montant; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getFactures() { return factures; }
        public void setFactures(String factures) { this.factures = factures; }
    }

    /** Cancel a payment by a counter-entry. */
    public static class CancelForm {
        private String motif = "";
        private String date = "";

        public String getMotif() { return motif; }
        public void setMotif(String motif) { this.motif = motif; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
    }
}
