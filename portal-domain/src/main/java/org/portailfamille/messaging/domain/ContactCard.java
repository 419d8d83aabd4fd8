package org.portailfamille.messaging.domain;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * How families reach the municipality ({@code facilityId} null) or a facility: postal address, phone, e-mail, each
 * possibly empty. {@link #problems} names what is wrong with values typed by staff.
 */
public record ContactCard(@Nullable UUID facilityId, String address, String phone, String email) {

    public static final int MAX_ADDRESS_LENGTH = 500;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .\\-]{5,23}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public ContactCard {
        address = Objects.requireNonNull(address, "address").strip().replace("\r\n", "\n");
        phone = Objects.requireNonNull(phone, "phone").strip();
        email = Objects.requireNonNull(email, "email").strip();
    }

    public static ContactCard empty(@Nullable UUID facilityId) {
        return new ContactCard(facilityId, "", "", "");
    }

    /** ADDRESS_TOO_LONG, PHONE_INVALID, EMAIL_INVALID; empty when the card can be kept. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (address.length() > MAX_ADDRESS_LENGTH) {
            problems.add("ADDRESS_TOO_LONG");
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add("PHONE_INVALID");
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add("EMAIL_INVALID");
        }
        return problems;
    }
}
