package org.portailfamille.platform.web;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.MDC;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, first thing in Tomcat's pipeline: in the logging context ({@code requestId}, on every
 * log line of the request), in a request attribute (shown on the error pages so staff can quote it) and in the
 * {@code X-Request-Id} answer header. An incoming {@code X-Request-Id} is kept only when the connection comes from a
 * trusted proxy ({@code portal.trusted-proxies}) and the id is short and plain; anyone else gets a new id.
 */
public class RequestIdValve extends ValveBase {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = "portal.requestId";
    public static final String MDC_KEY = "requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final List<NetMask> trustedProxies;

    public RequestIdValve(List<String> trustedRanges) {
        super(true);
        this.trustedProxies = trustedRanges.stream().map(NetMask::new).toList();
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        String id = incoming(request);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            getNext().invoke(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private String incoming(Request request) {
        String given = request.getHeader(HEADER);
        if (given != null && PLAIN.matcher(given).matches() && fromTrustedProxy(request.getRemoteAddr())) {
            return given;
        }
        return UUID.randomUUID().toString();
    }

    private boolean fromTrustedProxy(String address) {
        if (address == null || trustedProxies.isEmpty()) {
            return false;
        }
        try {
            InetAddress peer = InetAddress.getByName(address);
            return trustedProxies.stream().anyMatch(mask -> mask.matches(peer));
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
