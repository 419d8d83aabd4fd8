package archfixtures.billing.adapter.in.web;

import archfixtures.billing.application.service.PayService;

/** Breaks "only config touches services". */
public class WebCallingService {
    PayService service = new PayService();
}
