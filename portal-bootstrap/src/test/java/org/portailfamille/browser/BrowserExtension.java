package org.portailfamille.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Real headless Chromium for the browser tests: one Playwright and one browser for the whole JVM (started on
 * first use, closed when JUnit ends), a fresh browser context (cookies, storage) for every test.
 *
 * <p>A test method asks for a {@link Page} parameter; the page's base URL is the portal started by
 * {@code @PortalIntegrationTest} (so {@code page.navigate("/connexion")} works), the municipality's website
 * (where logging out leads) is answered locally because the machine may have no internet, and the test fails
 * if the page broke the Content-Security-Policy or threw a script error. On failure a screenshot is kept in
 * {@code target/browser-failures/}.
 *
 * <p>The system Chromium ({@code /usr/bin/chromium}, Debian's package) is used when it exists; otherwise
 * Playwright uses (or downloads) its own. If no browser can be started the tests fail: they are never skipped.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    /** Where logging out leads (set by {@code @PortalIntegrationTest}); answered by the test itself. */
    public static final String MUNICIPALITY_WEBSITE = "https://www.saint-jean.example/";
    static final String MUNICIPALITY_PAGE_TITLE = "Site de la mairie (simulé par le test)";

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--headless=new", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        SharedBrowser shared = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedBrowser.class, type -> SharedBrowser.launch(), SharedBrowser.class);
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        String port = spring.getEnvironment().getRequiredProperty("local.server.port");

        BrowserContext browserContext = shared.browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("fr-FR")
                .setTimezoneId("Europe/Paris")
                .setViewportSize(1280, 900));
        browserContext.setDefaultTimeout(10_000);
        browserContext.route(MUNICIPALITY_WEBSITE + "**", route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                .setStatus(200)
                .setContentType("text/html; charset=utf-8")
                .setBody("<!DOCTYPE html><html lang=\"fr\"><head><title>" + MUNICIPALITY_PAGE_TITLE
                        + "</title></head><body><h1>Mairie de Saint-Jean</h1></body></html>")));
        Page page = browserContext.newPage();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                problems.add("CSP violation on " + page.url() + ": " + message.text());
            }
        });
        page.onPageError(error -> problems.add("Script error on " + page.url() + ": " + error));
        context.getStore(NAMESPACE).put(Session.class, new Session(browserContext, page, problems));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Session session = context.getStore(NAMESPACE).remove(Session.class, Session.class);
        if (session == null) {
            return;
        }
        try {
            if (context.getExecutionException().isPresent()) {
                Path dir = Paths.get("target", "browser-failures");
                Files.createDirectories(dir);
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName() + ".png";
                session.page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
            }
        } catch (PlaywrightException | java.io.IOException ignored) {
            // The screenshot only helps to understand a failure already reported.
        } finally {
            session.context.close();
        }
        if (!session.problems.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError("The pages broke their own rules:\n  " + String.join("\n  ", session.problems));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Session session = context.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session == null) {
            throw new IllegalStateException("No browser page: Page parameters are for test methods only");
        }
        return session.page;
    }

    private record Session(BrowserContext context, Page page, List<String> problems) {
    }

    /** The JVM's Playwright and Chromium; JUnit closes them (AutoCloseable in the root store) at the end. */
    static final class SharedBrowser implements AutoCloseable {

        private final Playwright playwright;
        private final Browser browser;

        private SharedBrowser(Playwright playwright, Browser browser) {
            this.playwright = playwright;
            this.browser = browser;
        }

        static SharedBrowser launch() {
            boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
            Playwright playwright;
            try {
                playwright = system
                        ? Playwright.create(new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                        : Playwright.create();
            } catch (RuntimeException e) {
                throw new IllegalStateException("Browser tests cannot run: Playwright did not start"
                        + (system ? "" : " (no " + SYSTEM_CHROMIUM + ", and Playwright could not download its own "
                        + "Chromium: install Debian's chromium package or allow the download)") + ": " + e.getMessage(), e);
            }
            try {
                BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
                if (system) {
                    options.setExecutablePath(SYSTEM_CHROMIUM).setArgs(CHROMIUM_ARGS);
                }
                return new SharedBrowser(playwright, playwright.chromium().launch(options));
            } catch (RuntimeException e) {
                playwright.close();
                throw new IllegalStateException("Browser tests cannot run: Chromium did not start ("
                        + (system ? SYSTEM_CHROMIUM.toString() : "Playwright's own browser")
                        + "). Install Chromium (apt-get install chromium) or let Playwright download it: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}
