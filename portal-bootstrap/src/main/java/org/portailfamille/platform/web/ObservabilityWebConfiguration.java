package org.portailfamille.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.Map;

/** The 503 page when the database is away, and the request id in the model of the error pages. */
@Configuration(proxyBeanMethods = false)
class ObservabilityWebConfiguration {

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(
            ObjectProvider<ResourceUrlProvider> resourceUrls) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(new PortalStylesheet(resourceUrls)));
        registration.setOrder(Integer.MIN_VALUE + 10); // outside Spring Session's filter (MIN_VALUE + 50)
        return registration;
    }

    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                Object id = request.getAttribute(RequestIdValve.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
                if (id != null) {
                    attributes.put("requestId", id);
                }
                return attributes;
            }
        };
    }
}
