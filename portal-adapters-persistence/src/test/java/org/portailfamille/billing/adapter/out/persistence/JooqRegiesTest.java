package org.portailfamille.billing.adapter.out.persistence;

import org.junit.jupiter.api.Test;
import org.portailfamille.billing.RegieId;
import org.portailfamille.billing.application.port.out.Regies;
import org.portailfamille.billing.domain.OperationNumber;
import org.portailfamille.billing.domain.Regie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class JooqRegiesTest {

    private static final AtomicInteger PREFIXES = new AtomicInteger();

    @Autowired
    Regies regies;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** A fresh régie with a unique prefix of capital letters. */
    static Regie newRegie(Regies regies, long firstInvoice, long firstPayment) {
        int n = PREFIXES.incrementAndGet() + (int) (System.nanoTime() % 100_000);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            prefix.append((char) ('A' + n % 26));
            n /= 26;
        }
        Regie regie = new Regie(RegieId.newId(), "Régie " + prefix, "Z" + prefix, firstInvoice, firstPayment);
        regies.add(regie);
        return regie;
    }

    @Test
    void a_regie_reads_back() {
        Regie regie = newRegie(regies, 12, 228);
        assertThat(regies.byId(regie.id())).contains(regie);
        assertThat(regies.byId(RegieId.newId())).isEmpty();
    }

    @Test
    void numbers_continue_from_the_first_ones_separately_for_invoices_and_payments() {
        Regie regie = newRegie(regies, 12, 228);
        assertThat(regies.takeNextInvoiceNumber(regie.id())).isEqualTo(new OperationNumber(regie.prefix(), 12));
        assertThat(regies.takeNextInvoiceNumber(regie.id())).isEqualTo(new OperationNumber(regie.prefix(), 13));
        assertThat(regies.takeNextPaymentNumber(regie.id())).isEqualTo(new OperationNumber(regie.prefix(), 228));
        assertThat(regies.takeNextInvoiceNumber(regie.id())).isEqualTo(new OperationNumber(regie.prefix(), 14));
        assertThat(regies.byId(regie.id()).orElseThrow().firstInvoiceNumber()).isEqualTo(15);
    }

    @Test
    void an_unknown_regie_has_no_numbers() {
        assertThatThrownBy(() -> regies.takeNextInvoiceNumber(RegieId.newId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> regies.takeNextPaymentNumber(RegieId.newId()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_rolled_back_transaction_gives_its_number_back() {
        Regie regie = newRegie(regies, 1, 1);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            assertThat(regies.takeNextInvoiceNumber(regie.id()).sequence()).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(transaction.execute(status -> regies.takeNextInvoiceNumber(regie.id())).sequence()).isEqualTo(1);
    }

    @Test
    void concurrent_transactions_take_gap_free_unique_numbers() throws Exception {
        Regie regie = newRegie(regies, 100, 1);
        int threads = 8;
        int perThread = 25;
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Long> taken = new ArrayList<>();
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(transaction.execute(status -> regies.takeNextInvoiceNumber(regie.id())).sequence());
                    }
                    return mine;
                });
            }
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (Callable<List<Long>> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<Long>> future : futures) {
                taken.addAll(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        Set<Long> distinct = new TreeSet<>(taken);
        assertThat(taken).hasSize(threads * perThread);
        assertThat(distinct).hasSize(threads * perThread);
        assertThat(distinct).isEqualTo(LongStream.range(100, 100 + threads * perThread).boxed()
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
