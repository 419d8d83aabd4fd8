package archfixtures.billing.adapter.in.web;

import archfixtures.billing.adapter.out.persistence.JooqInvoices;

/** Breaks "adapters in and out do not know each other". */
public class WebCallingPersistence {
    JooqInvoices invoices = new JooqInvoices();
}
