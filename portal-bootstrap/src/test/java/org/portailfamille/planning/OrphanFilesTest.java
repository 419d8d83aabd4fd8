package org.portailfamille.planning;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.planning.application.port.in.BookDayCommand;
import org.portailfamille.planning.application.port.in.BookDayResult;
import org.portailfamille.planning.application.port.in.BookDayUseCase;
import org.portailfamille.planning.application.port.in.DeclareAbsenceCommand;
import org.portailfamille.planning.application.port.in.DeclareAbsenceResult;
import org.portailfamille.planning.application.port.in.DeclareAbsenceUseCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, finding 5: an uploaded file is part of its transaction. A declaration that fails after its certificate was
 * written (the transaction rolls back) leaves nothing on disk, not even a temporary file; a declaration that commits
 * keeps exactly its file.
 */
@PortalIntegrationTest
class OrphanFilesTest {

    @Autowired ApplicationContext context;
    @Autowired BookDayUseCase book;
    @Autowired DeclareAbsenceUseCase declare;
    @Autowired PlatformTransactionManager transactions;
    @Value("${portal.storage.certificates}") Path certificates;

    List<Path> files() throws IOException {
        if (!Files.isDirectory(certificates)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(certificates)) {
            return listing.toList();
        }
    }

    DeclareAbsenceCommand illness() {
        DemandsFixture fixture = new DemandsFixture(context);
        UUID activity = fixture.newActivity(5, "CONFIRMED_AT_ONCE");
        DemandsFixture.Kid kid = fixture.newKid(activity, "ROSE");
        LocalDate day = PlanningFixture.openDays(1).get(0);
        assertThat(book.bookDay(new BookDayCommand(kid.parent().familyId(), kid.child(), activity, day,
                kid.parent().username())).outcome()).isEqualTo(BookDayResult.Outcome.BOOKED);
        return new DeclareAbsenceCommand(kid.parent().familyId(), kid.child(), activity, day, "ILLNESS", "Fièvre",
                DemandsFixture.PDF, kid.parent().username());
    }

    @Test
    void a_declaration_rolled_back_after_its_certificate_was_written_leaves_no_file() throws IOException {
        DeclareAbsenceCommand command = illness();
        List<Path> before = files();

        DeclareAbsenceResult result = new TransactionTemplate(transactions).execute(status -> {
            DeclareAbsenceResult declared = declare.declareAbsence(command);
            status.setRollbackOnly(); // a later step of the same transaction failed
            return declared;
        });

        assertThat(result.outcome()).isEqualTo(DeclareAbsenceResult.Outcome.DECLARED);
        assertThat(files()).as("no certificate nor temporary file left").containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void a_committed_declaration_keeps_exactly_its_certificate() throws IOException {
        DeclareAbsenceCommand command = illness();
        List<Path> before = files();

        assertThat(declare.declareAbsence(command).outcome()).isEqualTo(DeclareAbsenceResult.Outcome.DECLARED);

        List<Path> added = files().stream().filter(file -> !before.contains(file)).toList();
        assertThat(added).singleElement().satisfies(file -> {
            assertThat(file.getFileName().toString()).matches("[0-9a-f-]{36}");
            assertThat(Files.readAllBytes(file)).isEqualTo(DemandsFixture.PDF);
        });
    }
}
