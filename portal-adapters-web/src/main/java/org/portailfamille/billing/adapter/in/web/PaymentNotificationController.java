package org.portailfamille.billing.adapter.in.web;

import org.portailfamille.billing.application.port.in.HandlePaymentNotificationUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The provider's server-to-server notification (public, without session or CSRF token: its signature stands for
 * them). A forged one is refused with 403 and changes nothing; an authentic one is confirmed by asking the provider
 * (ADR 0027). 503 asks the provider to notify again later.
 */
@Controller
class PaymentNotificationController {

    static final String PATH = "/paiement-en-ligne/notification";

    private final HandlePaymentNotificationUseCase notifications;

    PaymentNotificationController(HandlePaymentNotificationUseCase notifications) {
        this.notifications = notifications;
    }

    @PostMapping(PATH)
    ResponseEntity<String> notification(@RequestParam Map<String, String> params) {
        HandlePaymentNotificationUseCase.Outcome outcome = notifications.handle(Map.copyOf(params));
        return switch (outcome) {
            case FORGED -> ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("refused");
            case UNAVAILABLE -> ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN).body("retry");
            default -> ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("ok");
        };
    }
}
