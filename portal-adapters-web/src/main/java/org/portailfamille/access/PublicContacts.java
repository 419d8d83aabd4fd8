package org.portailfamille.access;

import java.util.List;
import java.util.Objects;

/**
 * Who to contact (the municipality first, then each facility): the shell's Contact page and every page's footer
 * show them when a module contributes this bean in its {@code adapter.in.web} package (messaging keeps the
 * details, staff edit them). Without such a bean the shell shows its generic contact text only.
 */
public interface PublicContacts {

    /** The contacts to show, the municipality first; read at each display. */
    List<Contact> contacts();

    /**
     * @param name         e.g. "Mairie de Villeneuve" or a facility's name
     * @param addressLines the postal address, one line per element (empty when unknown)
     * @param phone        "" when unknown
     * @param email        "" when unknown
     */
    record Contact(String name, List<String> addressLines, String phone, String email) {
        public Contact {
            Objects.requireNonNull(name, "name");
            addressLines = List.copyOf(addressLines);
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
        }

        /** Whether anything besides the name is known. */
        public boolean known() {
            return !addressLines.isEmpty() || !phone.isBlank() || !email.isBlank();
        }
    }
}
