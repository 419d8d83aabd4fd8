package org.portailfamille.accounts.application.service;

import org.portailfamille.accounts.LoginId;
import org.portailfamille.accounts.application.port.out.AccountNotifications;
import org.portailfamille.accounts.application.port.out.Children;
import org.portailfamille.accounts.application.port.out.Families;
import org.portailfamille.accounts.application.port.out.LoginAttempts;
import org.portailfamille.accounts.application.port.out.Logins;
import org.portailfamille.accounts.application.port.out.PasswordHasher;
import org.portailfamille.accounts.application.port.out.PasswordResetTokens;
import org.portailfamille.accounts.domain.Child;
import org.portailfamille.accounts.domain.Civility;
import org.portailfamille.accounts.domain.ContactDetails;
import org.portailfamille.accounts.domain.Family;
import org.portailfamille.accounts.domain.FamilyNumber;
import org.portailfamille.accounts.domain.Guardian;
import org.portailfamille.accounts.domain.GuardianRole;
import org.portailfamille.accounts.domain.Login;
import org.portailfamille.accounts.domain.LoginThrottlePolicy.FailedAttempts;
import org.portailfamille.accounts.domain.MaritalStatus;
import org.portailfamille.accounts.domain.Occupation;
import org.portailfamille.accounts.domain.PasswordResetToken;
import org.portailfamille.accounts.domain.PersonName;
import org.portailfamille.accounts.domain.PostalAddress;
import org.portailfamille.accounts.domain.Username;
import org.portailfamille.shared.ChildId;
import org.portailfamille.shared.FamilyId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory stand-ins for the accounts module's out-ports, for use-case tests. */
final class InMemoryAccounts {

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T09:00:00Z"));
    final FakeHasher hasher = new FakeHasher();
    final Map<FamilyId, Family> familyRows = new HashMap<>();
    final Map<LoginId, Login> loginRows = new HashMap<>();
    final Map<String, FailedAttempts> attemptRows = new HashMap<>();
    final Map<String, PasswordResetToken> tokenRows = new HashMap<>();
    final List<SentLink> sentLinks = new ArrayList<>();

    final Families families = new Families() {
        public void add(Family family) { familyRows.put(family.id(), family); }
        public void update(Family family) { familyRows.put(family.id(), family); }
        public Optional<Family> byId(FamilyId id) { return Optional.ofNullable(familyRows.get(id)); }
        public List<Family> byIds(java.util.Collection<FamilyId> ids) {
            return ids.stream().map(familyRows::get).filter(java.util.Objects::nonNull).toList();
        }
        public Optional<Family> byNumber(FamilyNumber number) {
            return familyRows.values().stream().filter(f -> f.number().equals(number)).findFirst();
        }
        public boolean numberTaken(FamilyNumber number) { return byNumber(number).isPresent(); }
        public List<Family> search(String text, int limit) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            return familyRows.values().stream().filter(f -> (f.guardian().name().lastName() + " "
                    + f.guardian().name().firstName() + " " + f.number().value() + " " + f.guardian().contact().email()
                    + " " + f.guardian().address().postcode()).toLowerCase(java.util.Locale.ROOT).contains(lower))
                    .limit(limit).toList();
        }
        private long nextNumber = 1001001900001L;
        public FamilyNumber nextFamilyNumber() { return new FamilyNumber(Long.toString(nextNumber++)); }
        public List<FamilyId> byGuardianEmail(String email) {
            return familyRows.values().stream()
                    .filter(f -> f.guardian().contact().email().equalsIgnoreCase(email.strip()))
                    .map(Family::id).toList();
        }
    };

    final Map<ChildId, Child> childRows = new LinkedHashMap<>();

    final Children children = new Children() {
        public void add(Child child) { childRows.put(child.id(), child); }
        public List<Child> byFamily(FamilyId familyId) {
            return childRows.values().stream().filter(c -> c.familyId().equals(familyId))
                    .sorted(java.util.Comparator.comparing(Child::birthDate)).toList();
        }
        public List<Summary> summariesOf(FamilyId familyId) {
            return byFamily(familyId).stream().map(c -> new Summary(c.id(), c.firstName(), c.lastName(),
                    c.birthDate(), c.school(), c.schoolClass())).toList();
        }
        public Optional<Child> byId(ChildId id) { return Optional.ofNullable(childRows.get(id)); }
        public void update(Child child) { childRows.put(child.id(), child); }
        public List<Name> names(java.util.Collection<ChildId> ids) {
            return ids.stream().distinct().map(childRows::get).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparing(Child::lastName).thenComparing(Child::firstName))
                    .map(c -> new Name(c.id(), c.familyId(), c.firstName(), c.lastName())).toList();
        }
    };

    final Logins logins = new Logins() {
        public boolean add(Login login) {
            if (byUsername(login.username()).isPresent()) {
                return false;
            }
            loginRows.put(login.id(), login);
            return true;
        }
        public Optional<Login> byUsername(Username username) {
            return loginRows.values().stream().filter(l -> l.username().equals(username)).findFirst();
        }
        public Optional<Login> byId(LoginId id) { return Optional.ofNullable(loginRows.get(id)); }
        public List<Login> ofFamily(FamilyId familyId) {
            return loginRows.values().stream().filter(l -> l.familyId().equals(Optional.of(familyId))).toList();
        }
        public List<Login> ofStaff() {
            return loginRows.values().stream().filter(l -> l.familyId().isEmpty()).toList();
        }
        public void updatePassword(Login login) { loginRows.put(login.id(), login); }
    };

    final LoginAttempts attempts = new LoginAttempts() {
        public Optional<FailedAttempts> of(String key) { return Optional.ofNullable(attemptRows.get(key)); }
        public void recordFailure(String key, Instant at, Instant counterStartsAgainIfLastBefore) {
            FailedAttempts old = attemptRows.get(key);
            int failures = old == null || old.lastFailureAt().isBefore(counterStartsAgainIfLastBefore) ? 1 : old.failures() + 1;
            attemptRows.put(key, new FailedAttempts(failures, at));
        }
        public void clear(String key) { attemptRows.remove(key); }
    };

    final PasswordResetTokens tokens = new PasswordResetTokens() {
        public void add(PasswordResetToken token) { tokenRows.put(token.tokenHash(), token); }
        public Optional<PasswordResetToken> byHash(String hash) { return Optional.ofNullable(tokenRows.get(hash)); }
        public boolean markUsed(String hash, Instant now) {
            PasswordResetToken token = tokenRows.get(hash);
            if (token == null || !token.isUsableAt(now)) {
                return false;
            }
            tokenRows.put(hash, new PasswordResetToken(hash, token.loginId(), token.createdAt(), token.expiresAt(), now));
            return true;
        }
    };

    final List<String[]> sentCredentials = new ArrayList<>();

    final AccountNotifications notifications = new AccountNotifications() {
        public void sendCredentials(String email, String displayName, String username, String temporaryPassword) {
            sentCredentials.add(new String[]{email, username, temporaryPassword});
        }

        public void sendRegistrationReceived(String email, String displayName) {
            sentCredentials.add(new String[]{email, "received", ""});
        }

        public void sendRegistrationRefused(String email, String displayName, String reason) {
            sentCredentials.add(new String[]{email, "refused", reason});
        }

        public void sendPasswordResetLink(String email, String displayName, String username, String link,
                                          Duration validity) {
            sentLinks.add(new SentLink(email, username, link, validity));
        }
    };

    Family family(String number, String email) {
        Guardian guardian = new Guardian(Civility.MONSIEUR, new PersonName("DUPONT", "JEAN"), GuardianRole.FATHER,
                MaritalStatus.SEPARATED, new PostalAddress("12 RUE DES BONBONS", "31400", "SAINT - JEAN"),
                new ContactDetails("01.02.03.04.05", "", "", email, true, false), Occupation.UNKNOWN);
        Family family = Family.open(new FamilyNumber(number), guardian, null);
        families.add(family);
        return family;
    }

    Login parent(Family family, String username, String password, boolean temporary) {
        Login login = Login.forParent(new Username(username), family.id(), "JEAN DUPONT", hasher.hash(password),
                temporary, clock.instant());
        logins.add(login);
        return login;
    }

    record SentLink(String email, String username, String link, Duration validity) {
    }

    /** A reversible "hash" that counts its uses: enough to test the services, not for production. */
    static final class FakeHasher implements PasswordHasher {
        int matchCalls;

        public String hash(String raw) { return "hashed:" + raw; }

        public boolean matches(String raw, String hash) {
            matchCalls++;
            return hash.equals("hashed:" + raw);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) { this.now = now; }

        void advance(Duration duration) { now = now.plus(duration); }

        public ZoneId getZone() { return ZoneOffset.UTC; }

        public Clock withZone(ZoneId zone) { return this; }

        public Instant instant() { return now; }
    }
}
