package org.portailfamille.billing.adapter.in.web;

/** The staff direct-debit forms, as typed (strings shown back with their French message when wrong). */
final class DirectDebitForms {

    private DirectDebitForms() {
    }

    /** Which invoices: a régie and a billed month; and, to generate, the debit date. */
    public static class ExportForm {
        private String regie = "";
        private String mois = "";
        private String datePrelevement = "";

        public String getRegie() { return regie; }
        public void setRegie(String regie) { this.regie = regie; }
        public String getMois() { return mois; }
        public void setMois(String mois) { this.mois = mois; }
        public String getDatePrelevement() { return datePrelevement; }
        public void setDatePrelevement(String datePrelevement) { this.datePrelevement = datePrelevement; }
    }

    /** A debit the bank returned: which invoice of the file, the reason code and the date. */
    public static class RejectForm {
        private String facture = "";
        private String motif = "";
        private String date = "";

        public String getFacture() { return facture; }
        public void setFacture(String facture) { this.facture = facture; }
        public String getMotif() { return motif; }
        public void setMotif(String motif) { this.motif = motif; }
        public String getDate() { return date; }
        public void setDate(String date) { this.date = date; }
    }
}
