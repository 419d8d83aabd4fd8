package archfixtures.billing.adapter.in.web;

import archfixtures.billing.adapter.out.persistence.jooq.InvoiceTable;

/** Breaks "jOOQ only in persistence adapters". */
public class WebUsingGeneratedTable {
    InvoiceTable table = new InvoiceTable();
}
