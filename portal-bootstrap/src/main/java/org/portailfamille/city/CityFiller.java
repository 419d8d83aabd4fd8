package org.portailfamille.city;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * {@code java -jar portal.jar --portal.city.fill=true [--portal.city.families=10000]}: fills the database with a
 * city (ADR 0035) with COPY, then the portal goes on starting as usual (or stops with
 * {@code --portal.city.exit=true}). Deterministic (fixed seed). Refuses to run twice on the same database.
 *
 * <p>The city: {@code families} families (default 10,000) with 1.8 children each on average (siblings: 1, 2 or 3
 * children), 40 % single or separated guardians, CAF quotients in five brackets (8 % unknown), 3 schools with
 * morning care, canteen and evening care and a leisure centre with 3 holiday activities of limited places (12
 * activities, 4 facilities), regular days from 1 September to the end of next month outside the autumn and
 * Christmas holidays, attendance and absences for past days, the monthly invoices of the school year up to two
 * months ago (paid, or left unpaid by 10 % of families, both months by 3 %), one notice per family (30 % unread),
 * 10 % of families with a message waiting at a desk, 5 % with a pending request. Logins {@code parent00001}…
 * (the first 2,500 families, or all if fewer) share one password hashed once; the staff login {@code agent01}
 * works for all sites. The logins, children and holiday activities are written to {@code city-logins.csv} for the
 * load tests.
 */
@Component
@ConditionalOnProperty(name = "portal.city.fill", havingValue = "true")
@Order(-10)
class CityFiller implements ApplicationRunner {

    static final String PASSWORD = "Ville-Saint-Jean-2026";
    private static final Logger log = LoggerFactory.getLogger(CityFiller.class);
    private static final String[] LAST = {"MARTIN", "BERNARD", "THOMAS", "PETIT", "ROBERT", "RICHARD", "DURAND",
            "DUBOIS", "MOREAU", "LAURENT", "SIMON", "MICHEL", "LEFEBVRE", "LEROY", "ROUX", "DAVID", "BERTRAND",
            "MOREL", "FOURNIER", "GIRARD", "BONNET", "DUPONT", "LAMBERT", "FONTAINE", "ROUSSEAU", "VINCENT",
            "MULLER", "LEFEVRE", "FAURE", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER",
            "FRANCOIS", "LEGRAND", "GAUTHIER", "GARCIA", "PERRIN", "ROBIN", "CLEMENT", "MORIN", "NICOLAS", "HENRY",
            "ROUSSEL", "MATHIEU", "GAUTIER", "MASSON", "N'DIAYE", "DIALLO", "NGUYEN", "DA SILVA", "BENALI"};
    private static final String[] MEN = {"JEAN", "PIERRE", "NICOLAS", "JULIEN", "THOMAS", "KARIM", "MEHDI",
            "ANTOINE", "SÉBASTIEN", "DAVID", "OLIVIER", "YANN", "MAMADOU", "LUC"};
    private static final String[] WOMEN = {"MARIE", "SOPHIE", "NATHALIE", "ISABELLE", "CÉLINE", "AMINATA",
            "JULIE", "SARAH", "FATIMA", "AURÉLIE", "ÉMILIE", "CLAIRE", "LINH", "HÉLÈNE"};
    private static final String[] BOYS = {"LÉO", "GABRIEL", "RAPHAËL", "ARTHUR", "LOUIS", "JULES", "ADAM",
            "MAËL", "LUCAS", "HUGO", "NOAH", "SACHA", "YANIS", "TOM", "ISSA"};
    private static final String[] GIRLS = {"JADE", "LOUISE", "EMMA", "ALICE", "AMBRE", "LINA", "ROSE", "CHLOÉ",
            "MIA", "LÉA", "ANNA", "INÈS", "JULIA", "ZOÉ", "AYA"};
    private static final String[] CLASSES = {"PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2"};
    private static final String[] STREETS = {"RUE DES ÉCOLES", "AVENUE JEAN JAURÈS", "RUE VICTOR HUGO",
            "RUE DE LA RÉPUBLIQUE", "ALLÉE DES TILLEULS", "BOULEVARD PASTEUR", "RUE DU MOULIN", "IMPASSE DES LILAS"};
    /** Children per family, in a cycle of ten families: 18 children per 10 families. */
    private static final int[] CHILDREN = {1, 2, 1, 2, 3, 1, 2, 1, 2, 3};
    private static final BigDecimal[] BRACKETS = {new BigDecimal("0"), new BigDecimal("500"), new BigDecimal("800"),
            new BigDecimal("1200"), new BigDecimal("1600")};

    private final DataSource dataSource;
    private final Clock clock;
    private final int families;
    private final int logins;
    private final boolean exit;
    private final Path loginsFile;

    CityFiller(DataSource dataSource, Clock clock, @Value("${portal.city.families:10000}") int families,
               @Value("${portal.city.logins:2500}") int logins, @Value("${portal.city.exit:false}") boolean exit,
               @Value("${portal.city.logins-file:city-logins.csv}") String loginsFile,
               @Value("${portal.city.invoice:false}") boolean invoice) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.families = families;
        this.logins = Math.min(logins, families);
        // with --portal.city.invoice=true, billing's invoicing command runs next and exits after it (ADR 0041)
        this.exit = exit && !invoice;
        this.loginsFile = Path.of(loginsFile);
    }

    /** An activity of the city: its kind fixes prices, days and places. */
    private record Act(UUID id, UUID facility, String name, int weekdays, int places, boolean holiday,
                       String unit, BigDecimal[] prices) {
        boolean on(LocalDate day) {
            return (weekdays & (1 << (day.getDayOfWeek().getValue() - 1))) != 0;
        }
    }

    private final Map<String, Copy> copies = new HashMap<>();

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM accounts.login WHERE username = 'parent00001'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    log.warn("City already loaded (parent00001 exists): nothing done");
                    return;
                }
            }
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            fill(connection, copy);
            connection.commit();
            try (Statement st = connection.createStatement()) {
                connection.setAutoCommit(true);
                progress("ANALYZE", 1, 1);
                st.execute("ANALYZE");
            }
        }
        System.out.println();
        log.info("City of {} families loaded in {} s; logins parent00001..parent{} (password {}), staff agent01; "
                        + "load-test data in {}", families, String.format("%.1f", (System.nanoTime() - start) / 1e9),
                String.format("%05d", logins), PASSWORD, loginsFile.toAbsolutePath());
        if (exit) {
            System.exit(0);
        }
    }

    private Copy table(CopyManager manager, String table, String columns) throws SQLException {
        return copies.computeIfAbsent(table, t -> new Copy(manager, t, columns));
    }

    private void fill(Connection connection, CopyManager manager) throws Exception {
        Random random = new Random(20261206L);
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        LocalDate schoolStart = LocalDate.of(year, 9, 1);
        LocalDate schoolEnd = LocalDate.of(year + 1, 7, 4);
        YearMonth nextMonth = YearMonth.from(today).plusMonths(1);
        LocalDate bookedUntil = nextMonth.atEndOfMonth();
        LocalDate autumnFrom = LocalDate.of(year, 10, 17), autumnTo = LocalDate.of(year, 11, 1);
        LocalDate christmasFrom = LocalDate.of(year, 12, 19), christmasTo = LocalDate.of(year + 1, 1, 3);
        YearMonth firstMonth = YearMonth.from(schoolStart);
        YearMonth lastInvoiced = YearMonth.from(today).minusMonths(2);
        int invoicedMonths = Math.max(0, (int) firstMonth.until(lastInvoiced, java.time.temporal.ChronoUnit.MONTHS) + 1);

        // One password hash for every login: argon2id with the portal's parameters (m = 19456 KiB, t = 2, p = 1).
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19_456, 2).encode(PASSWORD);

        // Reference data: régie, school holidays, facilities, activities, tariffs, booking periods, staff login.
        UUID regie = uuid(random);
        String prefix = "VS";
        List<Act> acts = new ArrayList<>();
        String[] schools = {"École Jules Ferry", "École Louise Michel", "École du Centre"};
        int childrenPerSchool = families * 18 / 10 / 3 + 1;
        List<UUID> facilities = new ArrayList<>();
        for (String school : schools) {
            UUID facility = uuid(random);
            facilities.add(facility);
            acts.add(new Act(uuid(random), facility, "Accueil du matin – " + school, 0b11011, childrenPerSchool * 4 / 10,
                    false, "DAY", prices("1.10", "1.60", "2.10", "2.60", "3.00")));
            acts.add(new Act(uuid(random), facility, "Restauration scolaire – " + school, 0b11011, childrenPerSchool,
                    false, "MEAL", prices("1.00", "2.40", "3.60", "4.50", "5.20")));
            acts.add(new Act(uuid(random), facility, "Accueil du soir – " + school, 0b11011, childrenPerSchool * 6 / 10,
                    false, "DAY", prices("1.50", "2.20", "2.90", "3.50", "4.00")));
        }
        UUID leisure = uuid(random);
        facilities.add(leisure);
        acts.add(new Act(uuid(random), leisure, "Accueil de loisirs – vacances", 0b11111, 40, true, "DAY",
                prices("4.00", "7.50", "11.00", "14.50", "18.00")));
        acts.add(new Act(uuid(random), leisure, "Stage multisports", 0b11111, 24, true, "DAY",
                prices("5.00", "9.00", "13.00", "17.00", "21.00")));
        acts.add(new Act(uuid(random), leisure, "Stage nature", 0b11111, 16, true, "DAY",
                prices("5.00", "9.00", "13.00", "17.00", "21.00")));
        List<Act> holidayActs = acts.subList(9, 12);

        Copy facility = table(manager, "planning.facility", "id, name");
        for (int i = 0; i < 3; i++) {
            facility.row(facilities.get(i), schools[i]);
        }
        facility.row(leisure, "Centre de loisirs Les Tilleuls");
        end("planning.facility");
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO billing.regie (id, name, prefix, next_invoice_number, next_payment_number) "
                    + "VALUES ('" + regie + "', 'Régie enfance de la ville', '" + prefix + "', 1, 1)");
            st.executeUpdate("INSERT INTO planning.school_holiday (id, zone, name, first_day_off, last_day_off) VALUES "
                    + "('" + uuid(random) + "', 'C', 'AUTUMN', '" + autumnFrom + "', '" + autumnTo + "'), "
                    + "('" + uuid(random) + "', 'C', 'CHRISTMAS', '" + christmasFrom + "', '" + christmasTo + "')");
        }
        Copy activity = table(manager, "planning.activity", "id, facility_id, regie_id, name, weekdays, places, "
                + "alert_threshold, booking_mode, booking_rule, booking_count, booking_cut_off, cancellation");
        for (Act a : acts) {
            activity.row(a.id, a.facility, regie, a.name, a.weekdays, a.places, Math.max(1, a.places / 10),
                    "CONFIRMED_AT_ONCE", "DAYS_BEFORE", 1, 64800, "SAME_AS_BOOKING");
        }
        end("planning.activity");
        Copy tariff = table(manager, "billing.tariff", "id, activity_id, label, unit, quantity_per_day, valid_from");
        Copy bracket = table(manager, "billing.tariff_bracket", "tariff_id, quotient_from, price");
        for (Act a : acts) {
            UUID t = uuid(random);
            tariff.row(t, a.id, a.name, a.unit, "1", schoolStart);
            for (int b = 0; b < BRACKETS.length; b++) {
                bracket.row(t, BRACKETS[b], a.prices[b]);
            }
        }
        end("billing.tariff");
        end("billing.tariff_bracket");
        Copy period = table(manager, "planning.booking_period", "id, activity_id, first_day, last_day, opens_at");
        for (Act a : holidayActs) {
            period.row(uuid(random), a.id, nextMonth.atDay(1), nextMonth.atEndOfMonth(),
                    LocalDateTime.now(clock).withNano(0).minusMinutes(1));
        }
        end("planning.booking_period");
        UUID staff = uuid(random);
        Copy login = table(manager, "accounts.login", "id, username, role, family_id, display_name, password_hash, "
                + "password_temporary, password_changed_at");
        login.row(staff, "agent01", "STAFF", null, "Agent de la ville", hash, false, now);
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO planning.staff_scope (login_id, all_facilities, changed_at) VALUES ('" + staff
                    + "', TRUE, now())");
        }

        // Families and everything that hangs from them.
        Copy family = table(manager, "accounts.family", "id, family_number, civility, last_name, first_name, "
                + "guardian_role, marital_status, address_line, postcode, city, mobile_phone, email, email_consent, "
                + "sms_consent, created_at, caf_quotient, caf_fund, caf_number");
        Copy partner = table(manager, "accounts.partner", "family_id, civility, last_name, first_name, address_line, "
                + "postcode, city, mobile_phone, email, email_consent, sms_consent");
        Copy child = table(manager, "accounts.child", "id, family_id, first_name, last_name, birth_date, sex, school, "
                + "school_class, image_authorisation, outing_authorisation");
        Copy enrolment = table(manager, "planning.enrolment", "id, child_id, family_id, activity_id, first_day, "
                + "last_day, regular_weekdays");
        Copy reservation = table(manager, "planning.reservation", "id, child_id, family_id, activity_id, day, status, "
                + "created_at, origin");
        Copy attendance = table(manager, "planning.attendance", "child_id, family_id, activity_id, day, mark, booked, "
                + "outcome, recorded_by, recorded_at");
        Copy absence = table(manager, "planning.absence", "id, child_id, family_id, activity_id, day, reason, status, "
                + "declared_at, decided_at");
        Copy invoice = table(manager, "billing.invoice", "id, regie_id, family_id, number, issue_date, due_date, "
                + "period_start, period_end, amount");
        Copy payment = table(manager, "billing.payment", "id, regie_id, family_id, number, payment_date, method, "
                + "amount, invoice_id");
        Copy ledger = table(manager, "billing.ledger_entry", "family_id, regie_id, entry_date, operation_number, debit, "
                + "credit, recorded_at, kind, document_id");
        Copy allocation = table(manager, "billing.allocation", "credit_id, invoice_id, amount, created_at");
        Copy conversation = table(manager, "messaging.conversation", "id, family_id, facility_id, subject, origin, "
                + "started_at, last_message_at, handled_at");
        Copy message = table(manager, "messaging.message", "id, family_id, direction, sender_name, subject, body, "
                + "sent_at, read_at, conversation_id");
        Copy request = table(manager, "requests.request", "id, type, area, family_id, submitted_by, submitted_at, status");
        Copy change = table(manager, "requests.request_change", "request_id, position, label_key, old_value, "
                + "new_value, coded");

        List<LocalDate> schoolDays = new ArrayList<>();
        for (LocalDate d = schoolStart; !d.isAfter(bookedUntil); d = d.plusDays(1)) {
            boolean holiday = !d.isBefore(autumnFrom) && !d.isAfter(autumnTo)
                    || !d.isBefore(christmasFrom) && !d.isAfter(christmasTo);
            if (!holiday && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && d.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
                schoolDays.add(d);
            }
        }
        int[][] taken = new int[acts.size()][schoolDays.size()];
        long invoiceNumber = 1, paymentNumber = 1;
        PrintWriter csv = new PrintWriter(Files.newBufferedWriter(loginsFile, StandardCharsets.UTF_8));
        csv.println("username,password,familyId,childId,activities,month");
        String holidayIds = String.join(" ", holidayActs.stream().map(a -> a.id.toString()).toList());
        int childCount = 0;
        for (int f = 0; f < families; f++) {
            UUID familyId = uuid(random);
            String last = LAST[random.nextInt(LAST.length)];
            boolean mother = random.nextInt(100) < 62;
            int status = random.nextInt(100);
            String marital = status < 45 ? "MARRIED" : status < 52 ? "CIVIL_UNION" : status < 60 ? "COHABITING"
                    : status < 75 ? "SEPARATED" : status < 88 ? "DIVORCED" : status < 98 ? "SINGLE" : "WIDOWED";
            boolean couple = status < 60;
            String street = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
            int q = random.nextInt(100);
            BigDecimal quotient = q < 8 ? null : BigDecimal.valueOf(q < 22 ? 150 + random.nextInt(350)
                    : q < 45 ? 500 + random.nextInt(300) : q < 75 ? 800 + random.nextInt(400)
                    : q < 92 ? 1200 + random.nextInt(400) : 1600 + random.nextInt(1400)) ;
            int bracketIndex = quotient == null ? BRACKETS.length - 1 : bracketOf(quotient);
            String first = mother ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)];
            String email = (first + "." + last + "." + f).toLowerCase().replaceAll("[^a-z0-9.]", "") + "@example.org";
            family.row(familyId, String.valueOf(2_001_000_000_000L + f), mother ? "MADAME" : "MONSIEUR", last, first,
                    mother ? "MOTHER" : "FATHER", marital, street, "34000", "SAINT-JEAN",
                    String.format("06.%02d.%02d.%02d.%02d", f % 100, f / 100 % 100, random.nextInt(100), random.nextInt(100)),
                    email, random.nextInt(10) < 8, random.nextInt(10) < 5, now.minusDays(random.nextInt(900)),
                    quotient == null ? null : quotient.setScale(2), quotient == null ? null : "CAF",
                    // the family file knows a CAF quotient only with its fund and number (billing reads it there)
                    quotient == null ? null : String.format("%07d", 1_000_000 + f));
            if (couple) {
                partner.row(familyId, mother ? "MONSIEUR" : "MADAME", last,
                        mother ? MEN[random.nextInt(MEN.length)] : WOMEN[random.nextInt(WOMEN.length)], street, "34000",
                        "SAINT-JEAN", "07.00.00." + String.format("%02d.%02d", f % 100, f / 100 % 100), "",
                        false, false);
            }
            if (f < logins) {
                login.row(uuid(random), String.format("parent%05d", f + 1), "PARENT", familyId, first + " " + last,
                        hash, false, now);
            }
            int school = random.nextInt(3);
            long[] monthCents = new long[Math.max(1, invoicedMonths)];
            int kids = CHILDREN[f % 10];
            for (int k = 0; k < kids; k++) {
                UUID childId = uuid(random);
                childCount++;
                boolean girl = random.nextBoolean();
                int age = 3 + random.nextInt(8);
                child.row(childId, familyId, girl ? GIRLS[random.nextInt(GIRLS.length)] : BOYS[random.nextInt(BOYS.length)],
                        last, LocalDate.of(year - age, 1 + random.nextInt(12), 1 + random.nextInt(28)),
                        girl ? "FEMALE" : "MALE", schools[school], CLASSES[Math.min(7, age - 3)], random.nextInt(10) < 9,
                        random.nextInt(10) < 9);
                if (f < logins && k == 0) {
                    csv.println(String.format("parent%05d,%s,%s,%s,%s,%s", f + 1, PASSWORD, familyId, childId,
                            holidayIds, nextMonth));
                }
                if (f < logins) {
                    for (Act a : holidayActs) {
                        enrolment.row(uuid(random), childId, familyId, a.id, schoolStart, schoolEnd, 0);
                    }
                }
                // school activities: canteen for 75 %, evening care 40 %, morning care 25 %, on some weekdays
                for (int kind = 0; kind < 3; kind++) {
                    int share = kind == 0 ? 25 : kind == 1 ? 75 : 40;
                    if (random.nextInt(100) >= share) {
                        continue;
                    }
                    int actIndex = school * 3 + kind;
                    Act a = acts.get(actIndex);
                    int regular = kind == 1 ? (random.nextInt(10) < 7 ? 0b1011 : 0b1001) // Mon Tue Thu (Fri) meals
                            : (1 << random.nextInt(2)) | (random.nextBoolean() ? 0b1000 : 0);
                    if (kind == 1 && regular == 0b1011) {
                        regular |= 0b10000;
                    }
                    enrolment.row(uuid(random), childId, familyId, a.id, schoolStart, schoolEnd, regular);
                    BigDecimal price = a.prices[bracketIndex];
                    for (int d = 0; d < schoolDays.size(); d++) {
                        LocalDate day = schoolDays.get(d);
                        if ((regular & (1 << (day.getDayOfWeek().getValue() - 1))) == 0 || taken[actIndex][d] >= a.places) {
                            continue;
                        }
                        taken[actIndex][d]++;
                        reservation.row(uuid(random), childId, familyId, a.id, day, "CONFIRMED",
                                now.minusDays(200), "REGULAR");
                        if (!day.isBefore(today)) {
                            continue;
                        }
                        OffsetDateTime evening = day.atTime(18, 30).atZone(clock.getZone()).toOffsetDateTime();
                        boolean absent = random.nextInt(100) < 4;
                        boolean billed = true;
                        if (absent) {
                            boolean excused = random.nextInt(10) < 7;
                            billed = !excused;
                            absence.row(uuid(random), childId, familyId, a.id, day,
                                    new String[]{"PERSONAL", "FAMILY_EVENT", "OTHER"}[random.nextInt(3)],
                                    excused ? "EXCUSED" : "BILLED", evening.minusDays(3), evening.minusDays(2));
                            attendance.row(childId, familyId, a.id, day, "ABSENT", true,
                                    excused ? "ABSENT_EXCUSED" : "ABSENT_BILLED", "agent01", evening);
                        } else {
                            attendance.row(childId, familyId, a.id, day, "PRESENT", true, "PRESENT_ON_BOOKING",
                                    "agent01", evening);
                        }
                        int m = (int) firstMonth.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS);
                        if (billed && m < invoicedMonths) {
                            monthCents[m] += price.movePointRight(2).longValue();
                        }
                    }
                }
            }
            // invoices of the past months: paid, except the last one by 10 % of families, both last by 3 %
            int unpaid = random.nextInt(100) < 3 ? 2 : random.nextInt(100) < 10 ? 1 : 0;
            for (int m = 0; m < invoicedMonths; m++) {
                if (monthCents[m] == 0) {
                    continue;
                }
                YearMonth month = firstMonth.plusMonths(m);
                LocalDate issued = month.plusMonths(1).atDay(5);
                BigDecimal amount = BigDecimal.valueOf(monthCents[m], 2);
                UUID invoiceId = uuid(random);
                String number = prefix + "-" + invoiceNumber++;
                OffsetDateTime issuedAt = issued.atTime(9, 0).atZone(clock.getZone()).toOffsetDateTime();
                invoice.row(invoiceId, regie, familyId, number, issued, issued.plusDays(25), month.atDay(1),
                        month.atEndOfMonth(), amount);
                ledger.row(familyId, regie, issued, number, amount, "0", issuedAt, "INVOICE", invoiceId);
                if (m < invoicedMonths - unpaid) {
                    LocalDate paid = issued.plusDays(3 + random.nextInt(22));
                    if (paid.isAfter(today)) {
                        continue;
                    }
                    UUID paymentId = uuid(random);
                    String paymentNo = prefix + "-" + paymentNumber++;
                    OffsetDateTime paidAt = paid.atTime(10, 0).atZone(clock.getZone()).toOffsetDateTime();
                    payment.row(paymentId, regie, familyId, paymentNo, paid,
                            new String[]{"CHEQUE", "CARD", "DIRECT_DEBIT", "CASH", "ONLINE_CARD"}[random.nextInt(5)],
                            amount, invoiceId);
                    ledger.row(familyId, regie, paid, paymentNo, "0", amount, paidAt, "PAYMENT", paymentId);
                    allocation.row(paymentId, invoiceId, amount, paidAt);
                }
            }
            // messages: a notice to every family (30 % unread); 10 % wrote to their school's desk
            UUID notice = uuid(random);
            OffsetDateTime sent = now.minusDays(1 + random.nextInt(20));
            conversation.row(notice, familyId, null, "Inscriptions aux stages de vacances", "NOTICE", sent, sent, sent);
            message.row(uuid(random), familyId, "TO_FAMILY", "Mairie de Saint-Jean",
                    "Inscriptions aux stages de vacances", "Les inscriptions aux stages du mois prochain ouvrent "
                            + "aujourd'hui sur le portail.", sent, random.nextInt(10) < 3 ? null : sent.plusHours(5),
                    notice);
            if (random.nextInt(100) < 10) {
                UUID thread = uuid(random);
                OffsetDateTime asked = now.minusHours(1 + random.nextInt(200));
                conversation.row(thread, familyId, facilities.get(school), "Question sur la cantine", "FAMILY", asked,
                        asked, null);
                message.row(uuid(random), familyId, "FROM_FAMILY", first + " " + last, "Question sur la cantine",
                        "Bonjour, mon enfant pourra-t-il avoir un repas sans porc à partir de lundi ? Merci.", asked,
                        null, thread);
            }
            if (random.nextInt(100) < 5) {
                UUID requestId = uuid(random);
                request.row(requestId, "accounts.guardian", "ACCOUNT", familyId, f < logins
                        ? String.format("parent%05d", f + 1) : "accueil", now.minusHours(1 + random.nextInt(300)), "PENDING");
                change.row(requestId, 0, "field.mobilePhone", "06.00.00.00.00", "06.11.22.33.44", false);
            }
            if (f % 100 == 99 || f == families - 1) {
                progress("families", f + 1, families);
            }
        }
        csv.close();
        Copy activityDay = table(manager, "planning.activity_day", "activity_id, day, places, taken");
        for (int a = 0; a < acts.size(); a++) {
            for (int d = 0; d < schoolDays.size(); d++) {
                if (taken[a][d] > 0) {
                    activityDay.row(acts.get(a).id, schoolDays.get(d), acts.get(a).places, taken[a][d]);
                }
            }
        }
        long rows = 0;
        int done = 0;
        List<String> order = List.of("accounts.family", "accounts.partner", "accounts.login", "accounts.child",
                "planning.enrolment", "planning.activity_day", "planning.reservation", "planning.attendance",
                "planning.absence", "billing.invoice", "billing.payment", "billing.ledger_entry", "billing.allocation",
                "messaging.conversation", "messaging.message", "requests.request", "requests.request_change");
        for (String t : order) {
            rows += copies.get(t).rows();
        }
        log.info("Generated {} rows ({} children); loading", rows, childCount);
        // COPY runs table by table on one connection: the rows were buffered in temporary files
        for (String t : order) {
            end(t);
            progress("load " + t, ++done, order.size());
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE billing.regie SET next_invoice_number = " + invoiceNumber
                    + ", next_payment_number = " + paymentNumber + " WHERE id = '" + regie + "'");
        }
    }

    private void end(String t) throws SQLException {
        Copy c = copies.get(t);
        if (c != null) {
            c.close();
        }
    }

    private static int bracketOf(BigDecimal quotient) {
        int index = 0;
        for (int b = 0; b < BRACKETS.length; b++) {
            if (quotient.compareTo(BRACKETS[b]) >= 0) {
                index = b;
            }
        }
        return index;
    }

    private static BigDecimal[] prices(String... values) {
        BigDecimal[] result = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = new BigDecimal(values[i]);
        }
        return result;
    }

    private static UUID uuid(Random random) {
        return new UUID((random.nextLong() & 0xffffffffffff0fffL) | 0x4000L,
                (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L);
    }

    private static void progress(String what, long done, long total) {
        int width = 40;
        int filled = (int) (width * done / Math.max(1, total));
        System.out.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                + String.format("%3d%%", 100 * done / Math.max(1, total)) + " " + what + " " + done + "/" + total
                + "          ");
        System.out.flush();
    }
}
