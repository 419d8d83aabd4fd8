package org.portailfamille.demo;

import org.junit.jupiter.api.Test;
import org.portailfamille.PortalIntegrationTest;
import org.portailfamille.accounts.application.port.in.GetFamilySummaryUseCase;
import org.portailfamille.accounts.application.port.in.ListChildrenUseCase;
import org.portailfamille.planning.application.port.in.CellStatus;
import org.portailfamille.planning.application.port.in.ChildPlanning;
import org.portailfamille.planning.application.port.in.PlanningCell;
import org.portailfamille.planning.application.port.in.PlanningRow;
import org.portailfamille.planning.application.port.in.ViewChildPlanningUseCase;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo planning of LÉA DUPONT, as the parent's grid computes it: the seven rows of the guide and the statuses
 * the demo promises. The statuses of past days need past days in the current month, so they are only checked
 * from the 10th of the month on; staff decisions reach the planning through events, hence the short wait.
 */
@PortalIntegrationTest
class DemoPlanningIntegrationTest {

    @Autowired
    GetFamilySummaryUseCase families;
    @Autowired
    ListChildrenUseCase children;
    @Autowired
    ViewChildPlanningUseCase planning;
    @Autowired
    Clock clock;


    @Test
    void the_demo_grid_has_the_guide_s_rows_and_shows_the_legend_s_statuses() {
        FamilyId dupont = families.familySummaryByNumber(DemoDataLoader.DUPONT_NUMBER).orElseThrow().familyId();
        ChildId lea = children.children(dupont).get(0).childId();
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);

        ChildPlanning current = planning.childPlanning(dupont, lea, month).orElseThrow();
        assertThat(current.rows()).extracting(row -> row.facilityName() + " " + row.activityName())
                .containsExactly("Accueil de Loisirs ALSH ALSH Mercredi après-midi",
                        "Accueil de Loisirs ALSH ALSH Mercredi journée",
                        "Accueil de Loisirs ALSH ALSH Vacances après-midi",
                        "Accueil de Loisirs ALSH ALSH Vacances journée",
                        "Accueil de Loisirs ALSH ALSH Vacances matin",
                        "Garderie périscolaire Garderie matin",
                        "Garderie périscolaire Restauration scolaire");
        assertThat(current.rows()).extracting(PlanningRow::guardianName).containsOnly("DUPONT JEAN");

        Set<CellStatus> expected = EnumSet.of(CellStatus.REGULAR, CellStatus.BOOKED, CellStatus.BOOKING_PENDING,
                CellStatus.BOOKING_REFUSED, CellStatus.WAITING, CellStatus.LEAVE, CellStatus.ABSENCE_PENDING,
                CellStatus.CLOSED, CellStatus.SHORT_HOLIDAY);
        if (today.getDayOfMonth() >= 10) {
            expected.addAll(EnumSet.of(CellStatus.PRESENT_ON_BOOKING, CellStatus.ABSENT_BILLED,
                    CellStatus.OUT_OF_CONTRACT, CellStatus.PRESENT, CellStatus.ABSENT_EXCUSED, CellStatus.ERROR));
        }
        // The demo's requests are decided through events, after the commit: wait for their effect on the grid.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Set<CellStatus> shown = EnumSet.noneOf(CellStatus.class);
            for (int i = 0; i <= 3; i++) {
                planning.childPlanning(dupont, lea, month.plusMonths(i)).orElseThrow().rows().stream()
                        .map(PlanningRow::cells).flatMap(List::stream).map(PlanningCell::status)
                        .forEach(shown::add);
            }
            assertThat(shown).containsAll(expected);
        });
    }
}
