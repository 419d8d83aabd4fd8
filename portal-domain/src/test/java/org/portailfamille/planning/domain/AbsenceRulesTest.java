package org.portailfamille.planning.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** When an absence may be declared, and which files are certificates (by content only). */
class AbsenceRulesTest {

    static final LocalDate DAY = LocalDate.of(2027, 3, 3);

    @Test
    void a_non_medical_absence_until_the_day_a_medical_one_up_to_seven_days_after() {
        for (AbsenceReason reason : new AbsenceReason[]{AbsenceReason.PERSONAL, AbsenceReason.FAMILY_EVENT, AbsenceReason.OTHER}) {
            assertThat(reason.canBeDeclared(DAY, DAY.minusDays(10))).isTrue();
            assertThat(reason.canBeDeclared(DAY, DAY)).isTrue();
            assertThat(reason.canBeDeclared(DAY, DAY.plusDays(1))).isFalse();
        }
        for (AbsenceReason reason : new AbsenceReason[]{AbsenceReason.ILLNESS, AbsenceReason.HOSPITALISATION}) {
            assertThat(reason.isMedical()).isTrue();
            assertThat(reason.canBeDeclared(DAY, DAY.plusDays(7))).isTrue();
            assertThat(reason.canBeDeclared(DAY, DAY.plusDays(8))).isFalse();
        }
    }

    @Test
    void pdf_jpeg_and_png_are_recognised_by_their_first_bytes() {
        assertThat(CertificateFormat.sniff("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII))).contains(CertificateFormat.PDF);
        assertThat(CertificateFormat.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xDB, 0}))
                .contains(CertificateFormat.JPEG);
        assertThat(CertificateFormat.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(CertificateFormat.PNG);
    }

    @Test
    void programs_web_pages_text_and_truncated_signatures_are_no_certificates() {
        assertThat(CertificateFormat.sniff(new byte[]{'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(CertificateFormat.sniff("<!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CertificateFormat.sniff(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(CertificateFormat.sniff("%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(CertificateFormat.sniff(new byte[0])).isEmpty();
        assertThat(CertificateFormat.sniff(new byte[]{0x7F, 'E', 'L', 'F', 2})).isEmpty();
    }
}
