package archfixtures.billing.application.port.in;

import archfixtures.billing.application.port.out.Invoices;

/** Breaks "ports in and out are independent". */
public record InPortUsingOutPort(Invoices invoices) {
}
