package org.portailfamille.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A pool of hostile form values, built once and deterministic: lengths, encodings, scripts, markup, numbers out
 * of range, malformed dates and ids, whitespace. Values that carry markup all carry {@link #MARKER} so that a
 * page rendering one unescaped is recognisable.
 */
final class HostileValues {

    /** Present in every markup payload: an unescaped {@code <script>alert(7331)} on a page means injection. */
    static final String MARKER = "7331";

    /** Raw strings whose presence in an HTML body means a payload was rendered unescaped. */
    static final List<String> UNESCAPED_SIGNS = List.of(
            "<script>alert(" + MARKER + ")", "<img src=x onerror=alert(" + MARKER + ")",
            "<svg onload=alert(" + MARKER + ")", "href=\"javascript:alert(" + MARKER + ")",
            "<iframe srcdoc=" + MARKER);

    private static final List<String> SEEDS = List.of(
            // markup and script
            "<script>alert(" + MARKER + ")</script>",
            "\"><img src=x onerror=alert(" + MARKER + ")>",
            "'><svg onload=alert(" + MARKER + ")>",
            "javascript:alert(" + MARKER + ")",
            "<iframe srcdoc=" + MARKER + ">",
            "{{7*7}}${7*7}[[${7*7}]]__${T(java.lang.Runtime)}__::.x",
            "<!--", "]]>", "&amp;&lt;&#0;&#x0;",
            // SQL, paths, formulas, headers
            "' or '1'='1'; drop table accounts.login; --",
            "1; select pg_sleep(5)--",
            "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f",
            "=cmd|' /C calc'!A0", "+33=1+1", "@SUM(1+1)",
            "a\r\nBcc: victime@example.org", "x\r\nSet-Cookie: SESSION=evil",
            // control characters and invisible ones
            "\u0000", "abc\u0000def", "\u0001\u0007\u0008\u001b[31m\u007f", "\r\n\t",
            "\u202Eevil\u202C", "\u2066nom\u2069", "a\u200Bb\u200Cc\u200Dd\uFEFF", "\u00AD\u034F",
            // scripts and look-alikes
            "ＤＵＰＯＮＴ", "Ｅｍｍａ", "Јеаn", "محمد", "李小龙", "Ñandú Çà", "e\u0301\u0301\u0301\u0301",
            "\uD83D\uDE00\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD800", "\uDFFF",
            // numbers out of range and badly formed
            "-1", "0", "-0", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999",
            "1e309", "NaN", "Infinity", "1,5", "1.5", "0x1F", "١٢٣", "1 000", "12€", "€",
            // dates and times
            "2026-02-30", "2026-13-01", "0000-00-00", "99999-01-01", "31/12/2026", "2026-1-1",
            "2026-12-06T25:61", "24:00", "-1:-1", "9999-12-31", "1900-01-01",
            // ids
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "not-a-uuid",
            "00000000-0000-4000-8000-00000000000Z", "%", "%zz", "null", "undefined", "true", "[]", "{}",
            // e-mail and phone look-alikes
            "a@b", "@example.org", "a@@example.org", "x@example.org,y@example.org", "+33 6 12 34 56 78 90 12",
            "06 00 00 00 00\u0000", "FR76 3000 6000 0112 3456 7890 189", "FR76 ' or 1=1",
            // whitespace only
            " ", "\u00A0\u00A0", "\u3000", "\t\t");

    private HostileValues() {
    }

    /** The pool: the seeds, each also long, padded with spaces and doubled; then lengths on their own. */
    static List<String> pool() {
        Set<String> values = new LinkedHashSet<>(SEEDS);
        Random random = new Random(20261206L);
        for (String seed : SEEDS) {
            values.add("  " + seed + "  ");
            values.add(seed + seed);
            if (random.nextInt(3) == 0) {
                values.add(seed.repeat(Math.max(1, 300 / Math.max(1, seed.length()))));
            }
        }
        for (int length : new int[]{1, 2, 35, 36, 50, 51, 100, 101, 255, 256, 1_000, 4_000, 10_001, 100_000}) {
            values.add("é".repeat(length));
            values.add("A".repeat(length));
        }
        values.add("");
        return new ArrayList<>(values);
    }
}
