package org.portailfamille.security;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client addresses for the security tests, one per browser, from the documentation ranges (RFC 5737), so no
 * test ever shares a per-address login counter with another test or with the browser tests (127.0.0.1).
 */
public final class TestAddresses {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private TestAddresses() {
    }

    public static String next() {
        int n = NEXT.incrementAndGet() % 65_000;
        return "198.51." + (100 + n / 250 % 100) + "." + (1 + n % 250);
    }
}
