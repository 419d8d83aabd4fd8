package org.portailfamille;

import org.portailfamille.accounts.application.port.in.AdultDetails;
import org.portailfamille.accounts.application.port.in.CreateLoginCommand;
import org.portailfamille.accounts.application.port.in.CreateLoginUseCase;
import org.portailfamille.accounts.application.port.in.RegisterFamilyCommand;
import org.portailfamille.accounts.application.port.in.RegisterFamilyUseCase;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesCommand;
import org.portailfamille.planning.application.port.in.AssignStaffFacilitiesUseCase;
import org.portailfamille.shared.FamilyId;
import org.springframework.context.ApplicationContext;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Creates fresh families, parents and staff through the use cases, with unique names, for one test. */
public final class TestAccounts {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final RegisterFamilyUseCase registerFamily;
    private final CreateLoginUseCase createLogin;
    private final AssignStaffFacilitiesUseCase assignSites;

    public TestAccounts(ApplicationContext context) {
        this.assignSites = context.getBean(AssignStaffFacilitiesUseCase.class);
        this.registerFamily = context.getBean(RegisterFamilyUseCase.class);
        this.createLogin = context.getBean(CreateLoginUseCase.class);
    }

    /** A parent with their own family; {@code email} may be empty. */
    public Parent newParent(String password, boolean temporary, String email) {
        long n = SEQUENCE.incrementAndGet();
        String familyNumber = "9" + String.format("%012d", n);
        String username = "parent" + n;
        FamilyId familyId = registerFamily.registerFamily(new RegisterFamilyCommand(familyNumber,
                new AdultDetails("MADAME", "TEST" + n, "CAMILLE", "1 RUE DU TEST", "31400", "SAINT - JEAN", "", "", "",
                        email, true, false, "", "", "", ""),
                "MOTHER", "SINGLE", null));
        createLogin.createLogin(new CreateLoginCommand(username, password, temporary, familyId, ""));
        return new Parent(username, password, familyId, familyNumber, "CAMILLE TEST" + n, email);
    }

    /** A family without any login (most families of a city data set). */
    public FamilyId newFamilyWithoutLogin() {
        long n = SEQUENCE.incrementAndGet();
        return registerFamily.registerFamily(new RegisterFamilyCommand("8" + String.format("%012d", n),
                new AdultDetails("MONSIEUR", "FAMILLE" + n, "DOMINIQUE", n + " RUE DE LA VILLE", "31400", "SAINT - JEAN",
                        "", "", "", "", true, false, "", "", "", ""),
                "FATHER", "MARRIED", null));
    }

    public Parent newParent(String password) {
        return newParent(password, false, "");
    }

    /** A member of staff working for every facility (an administrator, "tous les sites"). */
    public Staff newStaff(String password) {
        return newStaff(password, true, Set.of());
    }

    /** A member of staff working for these facilities only (ADR 0025). */
    public Staff newStaffOf(String password, UUID... facilities) {
        return newStaff(password, false, Set.of(facilities));
    }

    private Staff newStaff(String password, boolean everywhere, Set<UUID> facilities) {
        long n = SEQUENCE.incrementAndGet();
        String username = "agent" + n;
        UUID login = createLogin.createLogin(new CreateLoginCommand(username, password, false, null, "Agent " + n));
        if (!assignSites.assignStaffFacilities(new AssignStaffFacilitiesCommand(login, everywhere, facilities))) {
            throw new IllegalStateException("Sites refused for " + username);
        }
        return new Staff(username, password);
    }

    public record Parent(String username, String password, FamilyId familyId, String familyNumber,
                         String displayName, String email) {
    }

    public record Staff(String username, String password) {
    }
}
