package org.portailfamille.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FrenchElisionTest {

    @Test
    void elides_before_a_vowel_or_a_mute_h_only() {
        assertThat(FrenchElision.de("EMMA")).isEqualTo("d'EMMA");
        assertThat(FrenchElision.de("Élodie")).isEqualTo("d'Élodie");
        assertThat(FrenchElision.de("HUGO")).isEqualTo("d'HUGO");
        assertThat(FrenchElision.de("LÉA")).isEqualTo("de LÉA");
        assertThat(FrenchElision.de("TOM")).isEqualTo("de TOM");
        assertThat(FrenchElision.de("YANN")).isEqualTo("de YANN");
        assertThat(FrenchElision.de("Yvonne")).isEqualTo("d'Yvonne");
        assertThat(FrenchElision.de("  ")).isEqualTo("de");
    }
}
