package org.portailfamille.platform.payfip;

import org.portailfamille.platform.demo.ConditionalOnDemoMode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Demo only (embedded database): the simulated PayFiP service under {@code /demo/payfip}. Its API answers signed
 * requests only (403 otherwise: no CSRF token can come from another server, the signature stands for it); its
 * payment page is an ordinary form of the portal's look, with the demo's options (bank answer, notification once,
 * twice or lost, and its delay).
 */
@Controller
@ConditionalOnDemoMode
class PayfipSimulatorController {

    static final String BASE = "/demo/payfip";
    private static final List<String> CREATE_FIELDS = List.of("numcli", "exer", "refdet", "montant", "objet",
            "urlnotif", "urlredirect");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMyyyy");

    private final PayfipSimulator simulator;

    PayfipSimulatorController(PayfipSimulator simulator) {
        this.simulator = simulator;
    }

    @PostMapping(BASE + "/api/operations")
    ResponseEntity<String> create(@RequestParam Map<String, String> params,
                                  @RequestHeader(name = "X-Signature", required = false) String signature) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : CREATE_FIELDS) {
            form.put(field, params.getOrDefault(field, ""));
        }
        if (!simulator.verify("create:" + encode(form), signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("erreur=signature");
        }
        try {
            PayfipSimulator.Operation operation = simulator.create(form);
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("idop=" + operation.id());
        } catch (RuntimeException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("erreur=parametres");
        }
    }

    @GetMapping(BASE + "/api/operations/{idop}")
    ResponseEntity<String> status(@PathVariable String idop,
                                  @RequestHeader(name = "X-Signature", required = false) String signature) {
        if (!simulator.verify("status:" + idop, signature)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN).body("erreur=signature");
        }
        return simulator.operation(idop).map(op -> {
            Map<String, String> answer = new LinkedHashMap<>();
            answer.put("idop", op.id());
            answer.put("resultrans", op.result());
            answer.put("montant", Long.toString(op.cents()));
            answer.put("refdet", op.reference());
            answer.put("numauto", op.authorisation() == null ? "" : op.authorisation());
            answer.put("dattrans", op.date() == null ? "" : DATE.format(op.date()));
            answer.put("mode", op.mode() == null ? "" : op.mode());
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(encode(answer));
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("erreur=inconnue"));
    }

    @GetMapping(BASE + "/paiement")
    String page(@RequestParam(name = "idop", required = false) String idop, Model model) {
        PayfipSimulator.Operation operation = idop == null ? null : simulator.operation(idop).orElse(null);
        if (operation == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("operation", operation);
        model.addAttribute("amount", euros(operation.cents()));
        model.addAttribute("settled", !"E".equals(operation.result()));
        return "demo/payfip";
    }

    @PostMapping(BASE + "/paiement")
    String pay(@RequestParam(name = "idop", required = false) String idop,
               @RequestParam(name = "action", defaultValue = "payer") String action,
               @RequestParam(name = "moyen", defaultValue = "PRLV") String means,
               @RequestParam(name = "reponse", defaultValue = "acceptee") String bankAnswer,
               @RequestParam(name = "notification", defaultValue = "ONCE") String notification,
               @RequestParam(name = "delai", defaultValue = "0") String delaySeconds) {
        PayfipSimulator.Operation operation = idop == null ? null : simulator.operation(idop).orElse(null);
        if (operation == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String result = "annuler".equals(action) ? "A" : "refusee".equals(bankAnswer) ? "R" : "P";
        PayfipSimulator.Notification how;
        try {
            how = PayfipSimulator.Notification.valueOf(notification);
        } catch (IllegalArgumentException e) {
            how = PayfipSimulator.Notification.ONCE;
        }
        int delay = delaySeconds.matches("[0-9]{1,3}") ? Integer.parseInt(delaySeconds) : 0;
        simulator.settle(operation.id(), result, "CB".equals(means) ? "CB" : "PRLV", how, Duration.ofSeconds(delay));
        return "redirect:" + operation.returnUrl();
    }

    static String euros(long cents) {
        return NumberFormat.getCurrencyInstance(Locale.FRANCE).format(BigDecimal.valueOf(cents, 2))
                .replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
