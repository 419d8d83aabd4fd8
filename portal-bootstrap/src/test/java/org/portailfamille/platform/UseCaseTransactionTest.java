package org.portailfamille.platform;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.billing.application.port.in.CreateRegieCommand;
import org.portailfamille.billing.application.port.in.CreateRegieUseCase;
import org.portailfamille.billing.application.port.in.IssueInvoiceCommand;
import org.portailfamille.billing.application.port.in.IssueInvoiceUseCase;
import org.portailfamille.billing.application.port.in.GetSepaMandateUseCase;
import org.portailfamille.billing.application.port.in.SetUpDirectDebitUseCase;
import org.portailfamille.billing.application.port.in.ViewAccountSituationUseCase;
import org.portailfamille.platform.probe.application.port.in.RecordProbeUseCase;
import org.portailfamille.platform.probe.application.port.in.ViewProbeUseCase;
import org.portailfamille.platform.probe.application.service.ProbeService;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.ProxyFactory;
import org.portailfamille.shared.FamilyId;
import org.portailfamille.shared.Money;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every use-case call is one transaction, by the platform's advisor: a call that fails after it has written
 * leaves nothing behind. Issuing an invoice takes the régie's next number (an UPDATE) before the invoice is
 * checked; a refused invoice must give the number back. Query use cases (View/List/Get/Count/Search/Find…UseCase)
 * run read-only: PostgreSQL refuses a write in them; commands stay read-write.
 */
@PortalIntegrationTest
class UseCaseTransactionTest {

    @Autowired
    CreateRegieUseCase createRegie;
    @Autowired
    IssueInvoiceUseCase issueInvoice;
    @Autowired
    DataSource dataSource;
    @Autowired
    @Qualifier("useCaseTransactionAdvisor")
    Advisor advisor;
    @Autowired
    ViewAccountSituationUseCase viewAccountSituation;
    @Autowired
    GetSepaMandateUseCase getSepaMandate;
    @Autowired
    SetUpDirectDebitUseCase setUpDirectDebit;

    @Test
    void a_query_use_case_runs_in_a_read_only_transaction_where_writes_fail() {
        ProxyFactory factory = new ProxyFactory(new ProbeService(new JdbcTemplate(dataSource)));
        factory.addAdvisor(advisor);
        Object probe = factory.getProxy();

        assertThat(((ViewProbeUseCase) probe).view(false)).as("query runs read-only").isTrue();
        assertThatThrownBy(() -> ((ViewProbeUseCase) probe).view(true))
                .as("PostgreSQL refuses a write inside a query use case")
                .hasStackTraceContaining("read-only transaction");
        assertThat(((RecordProbeUseCase) probe).record()).as("command runs read-write and may write").isFalse();
    }

    @Test
    void the_portals_query_use_cases_are_read_only_and_its_commands_read_write() throws Exception {
        TransactionAttributeSource source = ((TransactionInterceptor) advisor.getAdvice())
                .getTransactionAttributeSource();
        assertThat(readOnly(source, viewAccountSituation, ViewAccountSituationUseCase.class)).isTrue();
        assertThat(readOnly(source, createRegie, CreateRegieUseCase.class)).isFalse();
        assertThat(readOnly(source, issueInvoice, IssueInvoiceUseCase.class)).isFalse();
        // One service, two use cases: the query is read-only, the command is not.
        assertThat(readOnly(source, getSepaMandate, GetSepaMandateUseCase.class)).isTrue();
        assertThat(readOnly(source, setUpDirectDebit, SetUpDirectDebitUseCase.class)).isFalse();
    }

    private static boolean readOnly(TransactionAttributeSource source, Object bean, Class<?> useCase) {
        Method method = useCase.getDeclaredMethods()[0];
        return source.getTransactionAttribute(method, AopUtils.getTargetClass(bean)).isReadOnly();
    }

    @Test
    void use_cases_are_proxied_by_the_transaction_advisor() {
        assertThat(AopUtils.isAopProxy(issueInvoice)).isTrue();
        assertThat(AopUtils.isAopProxy(createRegie)).isTrue();
    }

    @Test
    void a_use_case_that_fails_after_writing_rolls_back() {
        StringBuilder prefix = new StringBuilder("T");
        for (int i = 0; i < 5; i++) {
            prefix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        UUID regie = createRegie.createRegie(new CreateRegieCommand("Régie de test", prefix.toString(), 500, 1));
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        FamilyId family = FamilyId.newId();
        LocalDate today = LocalDate.of(2026, 3, 2);

        assertThatThrownBy(() -> issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, family, today,
                today.plusDays(30), today.withDayOfMonth(1), today, Money.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(jdbc.queryForObject("select next_invoice_number from billing.regie where id = ?", Long.class,
                regie)).as("the number taken by the failed call is given back").isEqualTo(500L);
        assertThat(jdbc.queryForObject("select count(*) from billing.invoice where family_id = ?", Integer.class,
                family.value())).isZero();
        String number = issueInvoice.issueInvoice(new IssueInvoiceCommand(regie, family, today, today.plusDays(30),
                today.withDayOfMonth(1), today, Money.euros("12.50")));
        assertThat(number).isEqualTo(prefix + "-500");
        assertThat(jdbc.queryForObject("select count(*) from billing.ledger_entry where family_id = ?", Integer.class,
                family.value())).isEqualTo(1);
    }
}
