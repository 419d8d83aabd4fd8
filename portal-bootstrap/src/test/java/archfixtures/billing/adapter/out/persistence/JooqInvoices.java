package archfixtures.billing.adapter.out.persistence;

import archfixtures.billing.adapter.out.persistence.jooq.InvoiceTable;

/** A well-behaved persistence adapter. */
public class JooqInvoices {
    InvoiceTable table = new InvoiceTable();
}
