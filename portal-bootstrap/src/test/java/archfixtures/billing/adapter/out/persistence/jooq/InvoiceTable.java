package archfixtures.billing.adapter.out.persistence.jooq;

/** Stands for a generated jOOQ table. */
public class InvoiceTable {
}
