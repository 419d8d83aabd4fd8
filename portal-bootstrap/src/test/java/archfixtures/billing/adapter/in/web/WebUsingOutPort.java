package archfixtures.billing.adapter.in.web;

import archfixtures.billing.application.port.out.Invoices;

/** Breaks "the web never touches out-ports". */
public class WebUsingOutPort {
    Invoices invoices;
}
