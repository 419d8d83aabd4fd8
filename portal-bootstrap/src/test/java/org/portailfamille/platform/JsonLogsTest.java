package org.portailfamille.platform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.security.Browser;
import org.portailfamille.security.TestAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON logs option (issue 15, docs/operations.md): with {@code logging.structured.format.console=ecs} every line
 * is one JSON object, and a line logged while serving a request carries that request's id ({@code requestId}, the
 * {@code X-Request-Id} of the answer). A request's line comes from Spring's DispatcherServlet at DEBUG for the test.
 * The context is closed after the class, and the logging system is set up again as the portal's properties say
 * (plain lines): Logback is one per JVM, so other test classes reusing a cached context would log JSON otherwise.
 */
@PortalIntegrationTest
@TestPropertySource(properties = "logging.structured.format.console=ecs")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {

    private static final String REQUEST_LOGGER = "org.springframework.web.servlet.DispatcherServlet";

    @Autowired
    LoggingSystem loggingSystem;
    @LocalServerPort
    int port;

    @AfterAll
    static void plainLogsBack() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(
                new ResourcePropertySource(new ClassPathResource("application.properties")));
        SpringApplication application = new SpringApplication(JsonLogsTest.class);
        DefaultBootstrapContext bootstrap = new DefaultBootstrapContext();
        // Spring Boot keeps the format in a system property, and Logback stays "already initialised" otherwise.
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        LoggingSystem.get(JsonLogsTest.class.getClassLoader()).cleanUp();
        LoggingApplicationListener logging = new LoggingApplicationListener();
        logging.onApplicationEvent(new ApplicationStartingEvent(bootstrap, application, new String[0]));
        logging.onApplicationEvent(
                new ApplicationEnvironmentPreparedEvent(bootstrap, application, new String[0], environment));
    }

    @AfterEach
    void requestLoggerBack() {
        loggingSystem.setLogLevel(REQUEST_LOGGER, null);
    }

    @Test
    void a_request_is_logged_as_json_lines_carrying_its_request_id(CapturedOutput output) throws Exception {
        loggingSystem.setLogLevel(REQUEST_LOGGER, LogLevel.DEBUG);
        String requestId = new Browser(port, TestAddresses.next()).get("/connexion").header("X-Request-Id");
        assertThat(requestId).isNotBlank();

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = output.getOut().lines().filter(line -> line.contains(requestId))
                .map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (Exception notJson) {
                        throw new AssertionError("not a JSON line: " + line, notJson);
                    }
                }).toList();
        assertThat(lines).as("JSON lines logged while serving the request").isNotEmpty();
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.path("requestId").asText()).isEqualTo(requestId);
            assertThat(line.path("@timestamp").asText()).isNotBlank();
            assertThat(line.path("log").path("logger").asText()).isNotBlank();
        });
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.path("log").path("logger").asText()).isEqualTo(REQUEST_LOGGER);
            assertThat(line.path("message").asText()).contains("GET", "/connexion");
        });
    }
}
