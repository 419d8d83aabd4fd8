package org.portailfamille.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The portal's texts: every module brings its own bundle as {@code messages/<module>.properties} (French), and
 * all of them are loaded together, so that a new module adds its words without editing the shell or another
 * module's file. The basenames of {@code spring.messages.basename} (the mail texts) are loaded after them.
 * A key must be defined in one bundle only ({@code ModuleMessagesTest} checks it).
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessagesConfiguration {

    /** Where modules put their bundles. */
    static final String MODULE_BUNDLES = "classpath*:messages/*.properties";

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename:}") String otherBasenames) {
        ResourceBundleMessageSource messages = new TextsKeptMessageSource();
        List<String> basenames = new ArrayList<>(moduleBasenames());
        Arrays.stream(otherBasenames.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .forEach(basenames::add);
        messages.setBasenames(basenames.toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        // Every text goes through MessageFormat, so the bundles' doubled apostrophes (l''enfance) show as one.
        messages.setAlwaysUseMessageFormat(true);
        return messages;
    }

    /**
     * The bundles never change while the portal runs, so a text without arguments is looked up and formatted once
     * (issue 14, ADR 0048): with every text going through {@code MessageFormat}, each {@code #{…}} of every page
     * searched the bundles in turn and formatted the text under the lock of a {@code MessageFormat} shared by all
     * request threads. Texts with arguments are formatted at each call, as before.
     */
    static final class TextsKeptMessageSource extends ResourceBundleMessageSource {

        private record Key(String code, java.util.Locale locale) {
        }

        private final java.util.Map<Key, String> kept = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        protected String getMessageInternal(String code, Object[] args, java.util.Locale locale) {
            if (code == null || locale == null || (args != null && args.length > 0)) {
                return super.getMessageInternal(code, args, locale);
            }
            Key key = new Key(code, locale);
            String text = kept.get(key);
            if (text == null) {
                text = super.getMessageInternal(code, args, locale);
                if (text != null) {
                    kept.put(key, text);
                }
            }
            return text;
        }
    }

    /** "messages/accounts", "messages/planning", … for every module bundle on the class path (locale variants aside). */
    static Set<String> moduleBasenames() {
        try {
            Set<String> basenames = new LinkedHashSet<>();
            Resource[] bundles = new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES);
            Arrays.stream(bundles).map(Resource::getFilename).filter(name -> name != null)
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .map(name -> name.contains("_") ? name.substring(0, name.indexOf('_')) : name)
                    .sorted()
                    .forEach(name -> basenames.add("messages/" + name));
            return basenames;
        } catch (IOException e) {
            throw new UncheckedIOException("The module message bundles cannot be listed", e);
        }
    }
}
