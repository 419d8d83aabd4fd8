package org.portailfamille.platform.submission;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.RequestDataValueProcessor;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds a fresh submission key to every rendered form that changes state (Thymeleaf asks the request data value
 * processor for hidden fields, as it does for the CSRF token), around Spring Security's processor.
 */
public class SubmissionKeyDataValueProcessor implements RequestDataValueProcessor {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestDataValueProcessor delegate;

    public SubmissionKeyDataValueProcessor(RequestDataValueProcessor delegate) {
        this.delegate = delegate;
    }

    static String newKey() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String processAction(HttpServletRequest request, String action, String httpMethod) {
        return delegate.processAction(request, action, httpMethod);
    }

    @Override
    public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
        return delegate.processFormFieldValue(request, name, value, type);
    }

    @Override
    public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> delegated = delegate.getExtraHiddenFields(request);
        if (delegated != null) {
            fields.putAll(delegated);
        }
        fields.put(SubmissionKeyInterceptor.PARAMETER, newKey());
        return fields;
    }

    @Override
    public String processUrl(HttpServletRequest request, String url) {
        return delegate.processUrl(request, url);
    }
}
