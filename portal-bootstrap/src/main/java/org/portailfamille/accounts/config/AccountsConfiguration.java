package org.portailfamille.accounts.config;

import org.portailfamille.accounts.adapter.out.crypto.Argon2PasswordHasher;
import org.portailfamille.accounts.adapter.out.mail.MailAccountNotifications;
import org.portailfamille.platform.outbox.Outbox;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.FamilyHistory;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.application.port.out.PasswordResetTokens;
import org.portailfamille.accounts.application.port.out.AccountEvents;
import org.portailfamille.accounts.application.service.AccountsSettings;
import org.portailfamille.accounts.application.service.ChildFileChanges;
import org.portailfamille.accounts.application.service.FamilyAccounts;
import org.portailfamille.accounts.application.service.FamilyFileChanges;
import org.portailfamille.accounts.application.port.out.AppliedRequests;
import org.portailfamille.accounts.application.service.ApplyFamilyRequestService;
import org.portailfamille.accounts.application.service.ChangePasswordService;
import org.portailfamille.accounts.application.service.CorrectChildService;
import org.portailfamille.accounts.application.service.CorrectFamilyFileService;
import org.portailfamille.accounts.application.service.ListFamilyHistoryService;
import org.portailfamille.accounts.application.service.GetChildFileService;
import org.portailfamille.accounts.application.port.out.HealthDataAudit;
import org.portailfamille.accounts.application.port.in.RegisterChildUseCase;
import org.portailfamille.accounts.application.service.ApplyChildRequestService;
import org.portailfamille.accounts.application.service.AuditHealthDataService;
import org.portailfamille.accounts.application.service.SubmitChildChangeService;
import org.portailfamille.accounts.application.service.GetFamilyFileService;
import org.portailfamille.accounts.application.service.GetChildNamesService;
import org.portailfamille.accounts.application.service.ListChildrenService;
import org.portailfamille.accounts.application.service.ListFamilyLoginsService;
import org.portailfamille.accounts.application.service.ListStaffLoginsService;
import org.portailfamille.accounts.application.service.OpenFamilyAccountService;
import org.portailfamille.accounts.application.service.ResetParentPasswordService;
import org.portailfamille.accounts.application.service.SearchFamiliesService;
import org.portailfamille.accounts.application.service.HandleRegistrationDecisionService;
import org.portailfamille.accounts.application.service.SubmitRegistrationService;
import org.portailfamille.accounts.application.service.SubmitFamilyChangeService;
import org.portailfamille.requests.application.port.in.SubmitRequestUseCase;
import org.portailfamille.accounts.application.service.CreateLoginService;
import org.portailfamille.accounts.application.service.GetFamilySummaryService;
import org.portailfamille.accounts.application.service.LogInService;
import org.portailfamille.accounts.application.service.RegisterChildService;
import org.portailfamille.accounts.application.service.RegisterFamilyService;
import org.portailfamille.accounts.application.service.RequestPasswordResetService;
import org.portailfamille.accounts.application.service.ResetPasswordService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.portailfamille.accounts.adapter.out.event.SpringAccountEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.portailfamille.accounts.application.port.in.LogInUseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;

/** Wiring of the accounts module: its services and its out-adapters that are not persistence. */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Bean
    AccountNotifications accountNotifications(Outbox outbox, MessageSource messageSource,
                                              @Value("${portal.municipality.name}") String municipalityName,
                                              @Value("${portal.base-url}") String baseUrl) {
        return new MailAccountNotifications(outbox, messageSource, municipalityName, baseUrl);
    }

    @Bean
    AccountsSettings accountsSettings(@Value("${portal.base-url}") String baseUrl) {
        return new AccountsSettings(baseUrl);
    }

    // ---- helpers shared by the services ---------------------------------------------------------------

    @Bean
    AccountEvents accountEvents(ApplicationEventPublisher publisher) {
        return new SpringAccountEvents(publisher);
    }

    @Bean
    FamilyAccounts familyAccounts(Families families, Logins logins, PasswordHasher hasher, Clock clock) {
        return new FamilyAccounts(families, logins, hasher, clock);
    }

    @Bean
    FamilyFileChanges familyFileChanges() {
        return new FamilyFileChanges();
    }

    @Bean
    ChildFileChanges childFileChanges() {
        return new ChildFileChanges();
    }

    // ---- services ------------------------------------------------------------------------------------

    @Bean
    LogInService logInService(Logins logins, LoginAttempts attempts, PasswordHasher hasher, Clock clock) {
        return new LogInService(logins, attempts, hasher, clock);
    }

    /**
     * What the login form calls: the log-in use case behind admission control (ADR 0039), outside its transaction,
     * so that a login waiting for its turn holds no connection. 0 concurrent checks = half the processors.
     */
    @Bean
    @Primary
    LogInAdmission logInAdmission(@Qualifier("logInService") LogInUseCase logIn,
                                  @Value("${portal.login.concurrent-checks:0}") int concurrent,
                                  @Value("${portal.login.waiting-checks:16}") int waiting,
                                  @Value("${portal.login.max-wait:PT2S}") Duration maxWait,
                                  ObjectProvider<MeterRegistry> meters) {
        LogInAdmission admission = new LogInAdmission(logIn, concurrent > 0 ? concurrent
                : LogInAdmission.defaultConcurrency(Runtime.getRuntime().availableProcessors()), waiting, maxWait);
        meters.ifAvailable(registry -> {
            Gauge.builder("portal.login.busy", admission, LogInAdmission::refused)
                    .description("Login attempts answered 'réessayez dans un instant' (admission control)")
                    .register(registry);
            Gauge.builder("portal.login.waiting", admission, LogInAdmission::waiting)
                    .description("Login attempts waiting for a password check").register(registry);
        });
        return admission;
    }

    @Bean
    ChangePasswordService changePasswordService(Logins logins, PasswordHasher hasher, LoginAttempts attempts,
                                                Clock clock) {
        return new ChangePasswordService(logins, hasher, attempts, clock);
    }

    @Bean
    RequestPasswordResetService requestPasswordResetService(Logins logins, Families families, PasswordResetTokens tokens,
                                                            AccountNotifications notifications,
                                                            AccountsSettings settings, LoginAttempts counters,
                                                            Clock clock) {
        return new RequestPasswordResetService(logins, families, tokens, notifications, settings, counters, clock);
    }

    @Bean
    ResetPasswordService resetPasswordService(PasswordResetTokens tokens, Logins logins, PasswordHasher hasher,
                                              Clock clock) {
        return new ResetPasswordService(tokens, logins, hasher, clock);
    }

    @Bean
    RegisterFamilyService registerFamilyService(Families families) {
        return new RegisterFamilyService(families);
    }

    @Bean
    CreateLoginService createLoginService(Logins logins, Families families, PasswordHasher hasher, Clock clock) {
        return new CreateLoginService(logins, families, hasher, clock);
    }

    @Bean
    GetFamilySummaryService getFamilySummaryService(Families families) {
        return new GetFamilySummaryService(families);
    }

    @Bean
    SubmitRegistrationService submitRegistrationService(SubmitRequestUseCase submitRequest,
                                                        FamilyFileChanges fileChanges, LoginAttempts counters,
                                                        AccountNotifications notifications, Clock clock) {
        return new SubmitRegistrationService(submitRequest, fileChanges, counters, notifications, clock);
    }

    @Bean
    HandleRegistrationDecisionService handleRegistrationDecisionService(FamilyAccounts accounts,
                                                                        AccountNotifications notifications,
                                                                        AppliedRequests appliedRequests,
                                                                        Children children, FamilyHistory history,
                                                                        Clock clock) {
        return new HandleRegistrationDecisionService(accounts, notifications, appliedRequests, children, history,
                clock);
    }

    @Bean
    SearchFamiliesService searchFamiliesService(Families families) {
        return new SearchFamiliesService(families);
    }

    @Bean
    ListFamilyLoginsService listFamilyLoginsService(Logins logins) {
        return new ListFamilyLoginsService(logins);
    }

    @Bean
    ListStaffLoginsService listStaffLoginsService(Logins logins) {
        return new ListStaffLoginsService(logins);
    }

    @Bean
    OpenFamilyAccountService openFamilyAccountService(FamilyAccounts accounts, AccountNotifications notifications) {
        return new OpenFamilyAccountService(accounts, notifications);
    }

    @Bean
    ResetParentPasswordService resetParentPasswordService(Logins logins, Families families, PasswordHasher hasher,
                                                          AccountNotifications notifications, Clock clock) {
        return new ResetParentPasswordService(logins, families, hasher, notifications, clock);
    }

    @Bean
    GetFamilyFileService getFamilyFileService(Families families) {
        return new GetFamilyFileService(families);
    }

    @Bean
    SubmitFamilyChangeService submitFamilyChangeService(Families families, FamilyFileChanges fileChanges,
                                                        SubmitRequestUseCase submitRequest) {
        return new SubmitFamilyChangeService(families, fileChanges, submitRequest);
    }

    @Bean
    ApplyFamilyRequestService applyFamilyRequestService(Families families, FamilyFileChanges fileChanges,
                                                        AppliedRequests appliedRequests, AccountEvents events,
                                                        Clock clock) {
        return new ApplyFamilyRequestService(families, fileChanges, appliedRequests, events, clock);
    }

    @Bean
    RegisterChildService registerChildService(Families families, Children children, Clock clock) {
        return new RegisterChildService(families, children, clock);
    }

    @Bean
    ListChildrenService listChildrenService(Children children) {
        return new ListChildrenService(children);
    }

    @Bean
    GetChildFileService getChildFileService(Children children) {
        return new GetChildFileService(children);
    }

    @Bean
    SubmitChildChangeService submitChildChangeService(Families families, Children children,
                                                      ChildFileChanges fileChanges,
                                                      SubmitRequestUseCase submitRequest, Clock clock) {
        return new SubmitChildChangeService(families, children, fileChanges, submitRequest, clock);
    }

    @Bean
    ApplyChildRequestService applyChildRequestService(Children children, ChildFileChanges fileChanges,
                                                      AppliedRequests appliedRequests,
                                                      RegisterChildUseCase registerChild, Clock clock) {
        return new ApplyChildRequestService(children, fileChanges, appliedRequests, registerChild, clock);
    }

    @Bean
    AuditHealthDataService auditHealthDataService(HealthDataAudit audit, Clock clock) {
        return new AuditHealthDataService(audit, clock);
    }

    @Bean
    GetChildNamesService getChildNamesService(Children children) {
        return new GetChildNamesService(children);
    }

    @Bean
    CorrectFamilyFileService correctFamilyFileService(Families families, FamilyFileChanges fileChanges,
                                                      FamilyHistory history, AccountEvents events, Clock clock) {
        return new CorrectFamilyFileService(families, fileChanges, history, events, clock);
    }

    @Bean
    CorrectChildService correctChildService(Families families, Children children, ChildFileChanges fileChanges,
                                            FamilyHistory history, Clock clock) {
        return new CorrectChildService(families, children, fileChanges, history, clock);
    }

    @Bean
    ListFamilyHistoryService listFamilyHistoryService(FamilyHistory history) {
        return new ListFamilyHistoryService(history);
    }
}
