package org.portailfamille.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A string list slips past {@code ApplicationModules.verify()}: this guard reads the sources. Neither the requests
 * module (every package, every layer) nor the web shell (its code, {@code templates/web}, {@code templates/requests})
 * may name a request type of another module, whole ("planning.absence") or by prefix ("planning."): owning modules
 * describe their types to the catalogue in {@code requests :: spi} instead. Comments are not code and are skipped.
 */
class RequestTypeNamesGuardTest {

    static final Path ROOT = Path.of("..");

    /** "planning.absence", 'accounts.', "requestType.billing.invoice": a module's type inside a string literal. */
    static final Pattern TYPE_NAME = Pattern.compile(
            "(?<=[\"'.])(accounts|planning|billing|messaging)\\.([a-z][a-zA-Z-]*)?(?=[\"'])");

    static final Pattern JAVA_COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    static final Pattern TEMPLATE_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    static List<Path> guardedFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> layers = Files.list(root)) {
            for (Path layer : layers.filter(path -> path.getFileName().toString().startsWith("portal-")).toList()) {
                Path java = layer.resolve("src/main/java/org/portailfamille");
                Path templates = layer.resolve("src/main/resources/templates");
                for (Path folder : List.of(java.resolve("requests"), java.resolve("web"), templates.resolve("web"),
                        templates.resolve("requests"))) {
                    if (Files.isDirectory(folder)) {
                        try (Stream<Path> walk = Files.walk(folder)) {
                            walk.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".java")
                                    || path.toString().endsWith(".html")).forEach(files::add);
                        }
                    }
                }
            }
        }
        return files;
    }

    /** The request types named in one source file, comments left out. */
    static List<String> violations(String fileName, String source) {
        String code = fileName.endsWith(".java") ? JAVA_COMMENT.matcher(source).replaceAll(" ")
                : TEMPLATE_COMMENT.matcher(source).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher matcher = TYPE_NAME.matcher(code);
        while (matcher.find()) {
            found.add(fileName + ": " + matcher.group());
        }
        return found;
    }

    static List<String> violationsUnder(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : guardedFiles(root)) {
            try {
                found.addAll(violations(root.relativize(file).toString(), Files.readString(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    @Test
    void neither_the_requests_module_nor_the_web_shell_names_another_modules_request_type() throws IOException {
        List<Path> guarded = guardedFiles(ROOT);
        assertThat(guarded).as("the guard reads the requests module in every layer, the shell and their templates")
                .anyMatch(path -> path.endsWith("requests/domain/Request.java"))
                .anyMatch(path -> path.toString().contains("requests/application/service"))
                .anyMatch(path -> path.toString().contains("requests/adapter/in/web"))
                .anyMatch(path -> path.toString().contains("requests/adapter/out/persistence"))
                .anyMatch(path -> path.toString().contains("templates/requests/staff-requests.html"))
                .anyMatch(path -> path.toString().contains("org/portailfamille/web/"));
        assertThat(violationsUnder(ROOT)).isEmpty();
    }

    @Test
    void the_guard_catches_a_type_named_in_code_or_in_a_template(@TempDir Path root) throws IOException {
        Path web = Files.createDirectories(root.resolve("portal-adapters-web/src/main/java/org/portailfamille/requests"
                + "/adapter/in/web"));
        Files.writeString(web.resolve("Shortcut.java"), """
                class Shortcut {
                    // "planning.absence" in a comment is no code
                    static final java.util.Set<String> HEALTH = java.util.Set.of("accounts.child-health");
                    boolean planning(String type) { return type.startsWith("planning."); }
                }
                """);
        Path templates = Files.createDirectories(root.resolve("portal-adapters-web/src/main/resources/templates/web"));
        Files.writeString(templates.resolve("page.html"), """
                <td th:if="${r.type() == 'billing.refund'}" th:text="#{'requestType.messaging.thread'}">x</td>
                <!--/* 'planning.reservation' in a comment is no code */-->
                <p th:text="#{planning.waiting.link}">a message key of two segments is no type</p>
                """);
        Path elsewhere = Files.createDirectories(root.resolve("portal-adapters-web/src/main/java/org/portailfamille"
                + "/planning/adapter/in/web"));
        Files.writeString(elsewhere.resolve("Owner.java"), "class Owner { String t = \"planning.absence\"; }");

        assertThat(violationsUnder(root)).containsExactlyInAnyOrder(
                "portal-adapters-web/src/main/java/org/portailfamille/requests/adapter/in/web/Shortcut.java: accounts.child-health",
                "portal-adapters-web/src/main/java/org/portailfamille/requests/adapter/in/web/Shortcut.java: planning.",
                "portal-adapters-web/src/main/resources/templates/web/page.html: billing.refund",
                "portal-adapters-web/src/main/resources/templates/web/page.html: messaging.thread");
    }
}
