package org.portailfamille.bench;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import org.junit.jupiter.api.Test;
import org.portailfamille.accounts.adapter.out.crypto.Argon2PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (profile {@code bench}, ADR 0045): the machine time of one argon2id check (m = 19456 KiB, t = 2, p = 1)
 * with BouncyCastle's Java implementation (Spring's encoder) and with the native libargon2 through JNA, on the same
 * hash, in alternating rounds; the process CPU (GC and JIT included) per check, the collections each caused; then
 * the resident size after 160 checks from 32 threads, one check at a time (as the admission control lets them),
 * through the portal's hasher (its own check threads) and through libargon2 called on the 32 threads directly.
 * <pre>./mvnw -o -Pbench -pl portal-bootstrap -am test -Dtest=PasswordCheckBench -Dsurefire.failIfNoSpecifiedTests=false
 *     -Dbench.checks=40 -DargLine="-Xms256m -Xmx384m -XX:+UseSerialGC"</pre>
 */
class PasswordCheckBench {

    private static final String PASSWORD = "Ville-Saint-Jean-2026";

    @Test
    void cost_of_one_check() throws Exception {
        int checks = Integer.getInteger("bench.checks", 40);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Argon2PasswordEncoder java = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2);
        Argon2 nativeArgon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
        String hash = java.encode(PASSWORD);
        for (int i = 0; i < 10; i++) { // warm-up (JIT)
            assertThat(java.matches(PASSWORD, hash)).isTrue();
            assertThat(nativeArgon2.verify(hash, PASSWORD.toCharArray())).isTrue();
        }
        double bestJava = Double.MAX_VALUE, bestNative = Double.MAX_VALUE;
        StringBuilder out = new StringBuilder("argon2id m=19456 t=2 p=1, process CPU per check (GC included)\n");
        for (int round = 1; round <= 5; round++) {
            long gc0 = collections(), cpu0 = os.getProcessCpuTime();
            for (int i = 0; i < checks; i++) {
                java.matches(PASSWORD, hash);
            }
            long gc1 = collections(), cpu1 = os.getProcessCpuTime();
            for (int i = 0; i < checks; i++) {
                nativeArgon2.verify(hash, PASSWORD.toCharArray());
            }
            long gc2 = collections(), cpu2 = os.getProcessCpuTime();
            double j = (cpu1 - cpu0) / 1e6 / checks, n = (cpu2 - cpu1) / 1e6 / checks;
            bestJava = Math.min(bestJava, j);
            bestNative = Math.min(bestNative, n);
            out.append(String.format("round %d: BouncyCastle %.1f ms (%d collections), native %.1f ms (%d collections)%n",
                    round, j, gc1 - gc0, n, gc2 - gc1));
        }
        out.append(String.format("best of 5 rounds of %d: BouncyCastle %.1f ms, native %.1f ms, ratio %.2f%n",
                checks, bestJava, bestNative, bestJava / bestNative));

        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        long before = residentKib();
        fromManyThreads(() -> hasher.matches(PASSWORD, hash));
        long pooled = residentKib();
        fromManyThreads(() -> nativeArgon2.verify(hash, PASSWORD.toCharArray()));
        long direct = residentKib();
        out.append(String.format("resident: %d MiB before, +%d MiB after 160 checks from 32 threads through the hasher"
                        + " (its own threads), +%d MiB more after 160 native checks on the 32 threads directly%n",
                before / 1024, (pooled - before) / 1024, (direct - pooled) / 1024));
        System.out.print(out);
        Path report = Path.of("target/bench/password-check.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out);
    }

    private static void fromManyThreads(Runnable check) throws InterruptedException {
        Semaphore oneAtATime = new Semaphore(1, true);
        ExecutorService threads = Executors.newFixedThreadPool(32);
        for (int i = 0; i < 160; i++) {
            threads.submit(() -> {
                oneAtATime.acquireUninterruptibly();
                try {
                    check.run();
                } finally {
                    oneAtATime.release();
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long residentKib() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }
}
