package org.portailfamille.billing.adapter.in.web;

import org.jspecify.annotations.Nullable;
import org.portailfamille.access.PortalUser;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesCommand;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesResult;
import org.portailfamille.billing.application.port.in.IssueTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.ListRegiesUseCase;
import org.portailfamille.billing.application.port.in.ListTitleCandidatesUseCase;
import org.portailfamille.billing.application.port.in.ListTreasuryTitlesUseCase;
import org.portailfamille.billing.application.port.in.TitleCandidatesQuery;
import org.portailfamille.billing.application.port.in.TreasuryTitleView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Staff hand unpaid invoices to the treasury ("Titres émis", ADR 0029): criteria (régie, days overdue, amount due;
 * defaults from the settings), a preview of the invoices selected with a box each, the confirmation that issues one
 * title "ORMC n°X" per invoice, and the list of titles issued. Bad criteria: French messages, nothing issued.
 */
@Controller
class TreasuryTitlesController {

    static final String PATH = StaffBillingController.BASE + "/titres";
    private static final int MAX_INVOICES = 2000;

    private final ListRegiesUseCase regies;
    private final ListTitleCandidatesUseCase candidates;
    private final IssueTreasuryTitlesUseCase issueTitles;
    private final ListTreasuryTitlesUseCase titles;
    private final BillingWords words;
    private final int defaultDays;
    private final BigDecimal defaultAmount;

    TreasuryTitlesController(ListRegiesUseCase regies, ListTitleCandidatesUseCase candidates,
                             IssueTreasuryTitlesUseCase issueTitles, ListTreasuryTitlesUseCase titles,
                             BillingWords words,
                             @Value("${portal.billing.titles.min-days-overdue:60}") int defaultDays,
                             @Value("${portal.billing.titles.min-amount-due:15.00}") BigDecimal defaultAmount) {
        this.regies = regies;
        this.candidates = candidates;
        this.issueTitles = issueTitles;
        this.titles = titles;
        this.words = words;
        this.defaultDays = defaultDays;
        this.defaultAmount = defaultAmount;
    }

    /** The criteria as typed. */
    public static class CriteriaForm {
        private String regie = "";
        private @Nullable String jours;
        private @Nullable String montant;

        public String getRegie() { return regie; }
        public void setRegie(String regie) { this.regie = regie == null ? "" : regie; }
        public @Nullable String getJours() { return jours; }
        public void setJours(@Nullable String jours) { this.jours = jours; }
        public @Nullable String getMontant() { return montant; }
        public void setMontant(@Nullable String montant) { this.montant = montant; }
    }

    /** Valid criteria. */
    record Criteria(@Nullable UUID regie, int days, BigDecimal amount) {
    }

    @GetMapping(PATH)
    String page(@ModelAttribute("criteria") CriteriaForm form, BindingResult errors, Model model) {
        if (form.getJours() == null) {
            form.setJours(String.valueOf(defaultDays));
        }
        if (form.getMontant() == null) {
            form.setMontant(words.decimal(defaultAmount));
        }
        Criteria criteria = check(form, errors);
        return show(form, criteria, model);
    }

    @PostMapping(PATH)
    String issue(@AuthenticationPrincipal PortalUser user, @ModelAttribute("criteria") CriteriaForm form,
                 BindingResult errors, @RequestParam(name = "factures", required = false) List<String> chosen,
                 Model model, RedirectAttributes redirect) {
        Criteria criteria = check(form, errors);
        List<String> numbers = new ArrayList<>();
        if (chosen != null) {
            chosen.stream().map(BillingForms::clean).filter(n -> StatementController.NUMBER.matcher(n).matches())
                    .distinct().limit(MAX_INVOICES).forEach(numbers::add);
        }
        if (criteria != null && numbers.isEmpty()) {
            errors.reject("billing.titles.error.none");
        }
        if (errors.hasErrors() || criteria == null) {
            return show(form, criteria, model);
        }
        IssueTreasuryTitlesResult result = issueTitles.issueTitles(new IssueTreasuryTitlesCommand(numbers,
                criteria.days(), criteria.amount(), user.username()));
        if (!result.problems().isEmpty()) {
            result.problems().forEach(problem -> errors.reject("billing.titles.error." + problem));
            return show(form, criteria, model);
        }
        List<TreasuryTitleView> issued = result.issued();
        redirect.addFlashAttribute("done", issued.isEmpty() ? "billing.titles.done.none" : "billing.titles.done");
        redirect.addFlashAttribute("doneArgument", issued.isEmpty() ? ""
                : words.text("billing.titles.done.range", issued.size(), issued.get(0).reference(),
                        issued.get(issued.size() - 1).reference()));
        redirect.addFlashAttribute("skipped", result.skippedInvoices());
        return "redirect:" + PATH;
    }

    private @Nullable Criteria check(CriteriaForm form, BindingResult errors) {
        UUID regie = null;
        if (!form.getRegie().isBlank()) {
            regie = BillingForms.uuid(form.getRegie());
            if (regie == null || regies.regies().stream().noneMatch(r -> r.id().equals(BillingForms.uuid(form.getRegie())))) {
                errors.rejectValue("regie", "billing.titles.error.regie");
            }
        }
        Integer days = null;
        String typedDays = BillingForms.clean(form.getJours());
        if (typedDays.matches("\\d{1,4}") && Integer.parseInt(typedDays) <= 3650) {
            days = Integer.parseInt(typedDays);
        } else {
            errors.rejectValue("jours", "billing.titles.error.days");
        }
        BigDecimal amount = BillingForms.amount(form.getMontant());
        if (amount == null) {
            errors.rejectValue("montant", "billing.titles.error.amount");
        }
        return errors.hasErrors() || days == null || amount == null ? null : new Criteria(regie, days, amount);
    }

    private String show(CriteriaForm form, @Nullable Criteria criteria, Model model) {
        model.addAttribute("criteria", form);
        model.addAttribute("regies", regies.regies());
        model.addAttribute("preview", criteria == null ? null
                : candidates.titleCandidates(new TitleCandidatesQuery(criteria.regie(), criteria.days(),
                        criteria.amount())));
        model.addAttribute("titles", titles.treasuryTitles(null));
        return "billing/staff-titles";
    }
}
