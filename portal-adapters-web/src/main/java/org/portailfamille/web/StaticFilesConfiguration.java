package org.portailfamille.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.util.concurrent.TimeUnit;

/**
 * The portal's static files (ADR 0049): only {@code /css/**}, {@code /js/**} and {@code /images/**}, linked by their
 * content's hash and cached a year. Spring Boot's default handler for {@code /**} is off
 * ({@code spring.web.resources.add-mappings=false}): with it, every link a page writes ({@code /famille/...}) was a
 * candidate static file, looked up in four classpath folders of the jar on each page and never cached because not
 * found, which tripled a family page's CPU on the city benchmark.
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfiguration implements WebMvcConfigurer {

    private static final String[] FOLDERS = {"css", "js", "images"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic())
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
    }
}
