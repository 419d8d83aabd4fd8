package org.portailfamille.platform;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id ({@code X-Request-Id}, ADR 0037) is only taken from a trusted proxy ({@code portal.trusted-proxies},
 * 127.0.0.1 and ::1 in the tests) and only when short and plain: anyone else, or anything else, gets a fresh id, so a
 * client can neither forge the reference staff quote nor inject text into the logs or the answer's headers.
 * The untrusted client is a connection from 127.0.0.2 (still the loopback on Linux, but not a trusted address).
 */
@PortalIntegrationTest
class RequestIdTrustTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @LocalServerPort
    int port;

    /** The raw answer's head to a GET sent from {@code from} with the given extra header lines. */
    String head(String from, String... headerLines) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET /connexion HTTP/1.1\r\nHost: localhost\r\n");
            Arrays.stream(headerLines).forEach(line -> request.append(line).append("\r\n"));
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    static Optional<String> requestId(String head) {
        return head.lines().filter(line -> line.regionMatches(true, 0, "X-Request-Id:", 0, 13))
                .map(line -> line.substring(13).strip()).findFirst();
    }

    @Test
    void a_trusted_proxys_plain_id_is_kept_up_to_64_characters() throws IOException {
        String longest = "nginx-" + "a".repeat(58);
        assertThat(requestId(head("127.0.0.1", "X-Request-Id: nginx-4f2a9c"))).hasValue("nginx-4f2a9c");
        assertThat(requestId(head("127.0.0.1", "X-Request-Id: " + longest))).hasValue(longest);
    }

    @Test
    void an_id_sent_by_a_client_that_is_not_a_trusted_proxy_is_replaced() throws IOException {
        String head = head("127.0.0.2", "X-Request-Id: nginx-4f2a9c");
        assertThat(head).startsWith("HTTP/1.1 200");
        assertThat(requestId(head)).get().asString().matches(UUID);
        // claiming to come through the proxy changes nothing: the id is judged on the connection's own address
        String forwarded = head("127.0.0.2", "X-Forwarded-For: 127.0.0.1", "X-Request-Id: nginx-4f2a9c");
        assertThat(requestId(forwarded)).get().asString().matches(UUID);
    }

    @Test
    void an_oversized_or_malformed_id_is_replaced_even_from_a_trusted_proxy() throws IOException {
        assertThat(requestId(head("127.0.0.1", "X-Request-Id: " + "a".repeat(65)))).get().asString().matches(UUID);
        assertThat(requestId(head("127.0.0.1", "X-Request-Id: abc\tdef"))).get().asString().matches(UUID);
        assertThat(requestId(head("127.0.0.1", "X-Request-Id: r\u00e9f\u00e9rence"))).get().asString().matches(UUID);
        assertThat(requestId(head("127.0.0.1", "X-Request-Id: <script>"))).get().asString().matches(UUID);
    }

    @Test
    void an_id_folded_over_two_lines_never_injects_a_header() throws IOException {
        // obsolete line folding (CR LF then a space): what a header injection through the id would look like
        String head = head("127.0.0.1", "X-Request-Id: abc", " Set-Cookie: injected=1");
        assertThat(head).doesNotContainIgnoringCase("injected");
        requestId(head).ifPresent(id -> assertThat(id).matches(UUID));
    }
}
