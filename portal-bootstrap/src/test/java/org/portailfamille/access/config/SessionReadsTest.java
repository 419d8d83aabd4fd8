package org.portailfamille.access.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.TestAccounts;
import org.portailfamille.access.LazyTouchSessionRepository;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a logged-in user's request costs in the session store (issue 14, ADR 0048): the session is read by one
 * statement outside a transaction, a session in which nothing changed is not saved (no transaction, no connection),
 * and what changes is still written. Spring Security's per-filter observations are off.
 */
@PortalIntegrationTest
class SessionReadsTest {

    @Autowired DataSource dataSource;
    @Autowired ApplicationContext context;
    @Autowired SessionRepository<?> sessionRepository;
    @Autowired @Qualifier("springSessionTransactionOperations") TransactionOperations sessionTransactions;
    @Autowired MeterRegistry meters;
    @LocalServerPort int port;

    /** Spring Session's JDBC repository on the portal's database, noting for each statement whether a transaction was open. */
    static final class ObservedStatements extends JdbcTemplate {
        final List<String> statements = new ArrayList<>();

        ObservedStatements(DataSource dataSource) {
            super(dataSource);
        }

        private void note(String kind) {
            statements.add(kind + (TransactionSynchronizationManager.isActualTransactionActive() ? " in a transaction"
                    : " alone"));
        }

        @Override
        public <T> T query(String sql, PreparedStatementSetter pss, ResultSetExtractor<T> rse) {
            note("select");
            return super.query(sql, pss, rse);
        }

        @Override
        public int update(String sql, PreparedStatementSetter pss) {
            note("update");
            return super.update(sql, pss);
        }

        @Override
        public int update(String sql, Object... args) {
            note("update");
            return super.update(sql, args);
        }
    }

    /** The transaction operations handed to the repository, counted. */
    final AtomicInteger transactionsAsked = new AtomicInteger();

    LazyTouchSessionRepository repository(ObservedStatements statements) {
        TransactionOperations counted = new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                transactionsAsked.incrementAndGet();
                return sessionTransactions.execute(action);
            }
        };
        JdbcIndexedSessionRepository jdbc = new JdbcIndexedSessionRepository(statements, counted);
        return new LazyTouchSessionRepository(jdbc, Duration.ofMinutes(1));
    }

    @Test
    void the_portal_reads_its_sessions_through_these_transactions() {
        assertThat(sessionRepository).isInstanceOf(LazyTouchSessionRepository.class);
        assertThat(sessionTransactions).isInstanceOf(SessionTransactions.class);
        // whoever asks for transaction operations by type still gets Spring Boot's template, not the sessions' ones
        assertThat(context.getBeanProvider(TransactionOperations.class).getIfUnique())
                .isNotNull().isNotInstanceOf(SessionTransactions.class);
    }

    @Test
    void a_session_is_read_by_one_statement_outside_a_transaction() {
        ObservedStatements statements = new ObservedStatements(dataSource);
        LazyTouchSessionRepository sessions = repository(statements);
        Session created = sessions.createSession();
        created.setAttribute("portal.test", "une valeur");
        sessions.save(created);
        assertThat(statements.statements).isNotEmpty().allMatch(statement -> statement.endsWith("in a transaction"));
        statements.statements.clear();

        Session read = sessions.findById(created.getId());

        assertThat(read).isNotNull();
        assertThat((String) read.getAttribute("portal.test")).isEqualTo("une valeur");
        assertThat(statements.statements).containsExactly("select alone");
        sessions.deleteById(created.getId());
    }

    @Test
    void a_session_in_which_nothing_changed_is_not_saved_and_a_change_is() {
        ObservedStatements statements = new ObservedStatements(dataSource);
        LazyTouchSessionRepository sessions = repository(statements);
        Session created = sessions.createSession();
        created.setAttribute("portal.test", "avant");
        sessions.save(created);

        Session read = sessions.findById(created.getId());
        assertThat((String) read.getAttribute("portal.test")).isEqualTo("avant");
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(30)); // within the minute: not noted
        statements.statements.clear();
        transactionsAsked.set(0);
        sessions.save(read);
        assertThat(statements.statements).isEmpty();
        assertThat(transactionsAsked).hasValue(0);

        read.setAttribute("portal.test", "après");
        sessions.save(read);
        assertThat(statements.statements).isNotEmpty().allMatch(statement -> statement.endsWith("in a transaction"));
        assertThat((String) sessions.findById(created.getId()).getAttribute("portal.test")).isEqualTo("après");

        Session again = sessions.findById(created.getId());
        again.setLastAccessedTime(again.getLastAccessedTime().plusSeconds(90)); // a minute later: noted
        statements.statements.clear();
        sessions.save(again);
        assertThat(statements.statements).containsExactly("update in a transaction");
        assertThat(sessions.findById(created.getId()).getLastAccessedTime()).isEqualTo(again.getLastAccessedTime());
        sessions.deleteById(created.getId());
    }

    @Test
    void requests_are_measured_as_a_whole_not_filter_by_filter() {
        Browser browser = new Browser(port, TestAddresses.next());
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Session-Reads-2026");
        browser.logIn(parent.username(), parent.password());
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);

        assertThat(meters.find("http.server.requests").timers()).isNotEmpty();
        assertThat(meters.find("spring.security.filterchains").timers()).isEmpty();
        assertThat(meters.find("spring.security.authorizations").timers()).isEmpty();
    }

    @Test
    void a_parents_session_holds_few_small_attributes() {
        Browser browser = new Browser(port, TestAddresses.next());
        TestAccounts.Parent parent = new TestAccounts(context).newParent("Session-Sizes-2026");
        browser.logIn(parent.username(), parent.password());
        assertThat(browser.get("/famille/accueil").status()).isEqualTo(200);

        List<java.util.Map<String, Object>> attributes = new JdbcTemplate(dataSource).queryForList(
                "select a.attribute_name, length(a.attribute_bytes) as size from spring_session s "
                        + "join spring_session_attributes a on a.session_primary_id = s.primary_id "
                        + "where s.principal_name = ? order by a.attribute_name", parent.username());
        org.slf4j.LoggerFactory.getLogger(SessionReadsTest.class).info("A parent's session attributes: {}", attributes);

        // what every request reads: the security context (the principal, no cached data), the CSRF token, the start
        assertThat(attributes).extracting(row -> row.get("attribute_name")).containsExactlyInAnyOrder(
                "SPRING_SECURITY_CONTEXT", "org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository.CSRF_TOKEN",
                "portal.session.startedAt");
        assertThat(attributes).allSatisfy(row -> assertThat(((Number) row.get("size")).intValue()).isLessThan(2048));
    }

    @Test
    void within_a_request_the_session_is_looked_up_once_and_a_deleted_one_is_gone() throws Exception {
        ObservedStatements statements = new ObservedStatements(dataSource);
        LazyTouchSessionRepository sessions = repository(statements);
        Session created = sessions.createSession();
        created.setAttribute("portal.test", "une valeur");
        sessions.save(created);
        statements.statements.clear();

        LazyTouchSessionRepository.inRequestScope(() -> {
            Session first = sessions.findById(created.getId());
            // Spring Session's second commit at the end of the request asks for it again
            assertThat(sessions.findById(created.getId())).isSameAs(first);
            assertThat(statements.statements).containsExactly("select alone");
            sessions.deleteById(created.getId());
            assertThat(sessions.findById(created.getId())).isNull();
        });
        statements.statements.clear();

        // outside a request scope nothing is kept
        Session other = sessions.createSession();
        sessions.save(other);
        statements.statements.clear();
        sessions.findById(other.getId());
        sessions.findById(other.getId());
        assertThat(statements.statements).containsExactly("select alone", "select alone");
        sessions.deleteById(other.getId());
    }

    @Test
    void a_new_id_at_login_is_looked_up_again() throws Exception {
        ObservedStatements statements = new ObservedStatements(dataSource);
        LazyTouchSessionRepository sessions = repository(statements);
        Session created = sessions.createSession();
        sessions.save(created);
        String before = created.getId();

        LazyTouchSessionRepository.inRequestScope(() -> {
            Session found = sessions.findById(before);
            String after = found.changeSessionId();
            sessions.save(found);
            assertThat(sessions.findById(before)).isNull();
            assertThat(sessions.findById(after)).isNotNull();
            sessions.deleteById(after);
        });
    }
}
