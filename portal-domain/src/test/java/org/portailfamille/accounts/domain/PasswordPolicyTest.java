package org.portailfamille.accounts.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portailfamille.accounts.domain.PasswordCriterion.DIGIT;
import static org.portailfamille.accounts.domain.PasswordCriterion.LOWERCASE;
import static org.portailfamille.accounts.domain.PasswordCriterion.MAX_LENGTH;
import static org.portailfamille.accounts.domain.PasswordCriterion.MIN_LENGTH;
import static org.portailfamille.accounts.domain.PasswordCriterion.NOT_COMMON;
import static org.portailfamille.accounts.domain.PasswordCriterion.NOT_USERNAME;
import static org.portailfamille.accounts.domain.PasswordCriterion.UPPERCASE;

class PasswordPolicyTest {

    @Test
    void accepts_the_guides_examples() {
        assertThat(PasswordPolicy.unmetCriteria("Bonbons2015", "jean.dupont")).isEmpty();
        assertThat(PasswordPolicy.unmetCriteria("Bienvenue2026", "nouveau.parent")).isEmpty();
    }

    @Test
    void names_each_unmet_criterion_of_the_guide() {
        assertThat(PasswordPolicy.unmetCriteria("abc", "x")).containsExactlyInAnyOrder(MIN_LENGTH, UPPERCASE, DIGIT);
        assertThat(PasswordPolicy.unmetCriteria("KPQRSTUV1", "x")).containsExactly(LOWERCASE);
        assertThat(PasswordPolicy.unmetCriteria("kpqrstuv1", "x")).containsExactly(UPPERCASE);
        assertThat(PasswordPolicy.unmetCriteria("Kpqrstuvw", "x")).containsExactly(DIGIT);
        assertThat(PasswordPolicy.unmetCriteria("Kpqrst1", "x")).containsExactly(MIN_LENGTH);
        assertThat(PasswordPolicy.unmetCriteria("", "x")).containsExactlyInAnyOrder(MIN_LENGTH, UPPERCASE, LOWERCASE, DIGIT);
    }

    @Test
    void counts_eight_characters_exactly_at_the_boundary() {
        assertThat(PasswordPolicy.unmetCriteria("Kpqrstu1", "x")).isEmpty();
        assertThat(PasswordPolicy.unmetCriteria("Kpqrst1", "x")).contains(MIN_LENGTH);
    }

    @Test
    void allows_up_to_128_characters_of_any_unicode() {
        String accented = "Éléphant9" + "é".repeat(119);
        assertThat(accented.codePointCount(0, accented.length())).isEqualTo(128);
        assertThat(PasswordPolicy.unmetCriteria(accented, "x")).isEmpty();
        assertThat(PasswordPolicy.unmetCriteria(accented + "a", "x")).containsExactly(MAX_LENGTH);
        assertThat(PasswordPolicy.unmetCriteria("Ωmega-🙂-Ünïcode1", "x")).isEmpty();
    }

    @Test
    void counts_code_points_not_utf16_units() {
        String emojis = "Aa1" + "🙂".repeat(5); // 8 code points, 13 UTF-16 units
        assertThat(PasswordPolicy.unmetCriteria(emojis, "x")).isEmpty();
    }

    @Test
    void refuses_the_login_itself_whatever_the_case() {
        assertThat(PasswordPolicy.unmetCriteria("Jean.Dupont1", "jean.dupont1")).contains(NOT_USERNAME);
        assertThat(PasswordPolicy.unmetCriteria("Jean.Dupont1", "jean.dupont")).doesNotContain(NOT_USERNAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Azerty123", "Password1", "Motdepasse1", "Soleil123", "Bonjour123"})
    void refuses_common_passwords_that_meet_the_character_rules(String common) {
        assertThat(PasswordPolicy.unmetCriteria(common, "x")).containsExactly(NOT_COMMON);
    }

    @Test
    void refuses_control_characters() {
        assertThat(PasswordPolicy.unmetCriteria("Abcdefgh1\u0000", "x")).containsExactly(PasswordCriterion.NO_CONTROL_CHARACTER);
        assertThat(PasswordPolicy.unmetCriteria("Abcd\tefgh1", "x")).containsExactly(PasswordCriterion.NO_CONTROL_CHARACTER);
        assertThat(PasswordPolicy.unmetCriteria("Abcdefgh1\u001b[0m", "x")).containsExactly(PasswordCriterion.NO_CONTROL_CHARACTER);
        assertThat(PasswordPolicy.unmetCriteria("Abcdefgh1\u007f", "x")).containsExactly(PasswordCriterion.NO_CONTROL_CHARACTER);
    }

    @Test
    void treats_null_as_empty() {
        assertThat(PasswordPolicy.isAcceptable(null, "x")).isFalse();
    }
}
