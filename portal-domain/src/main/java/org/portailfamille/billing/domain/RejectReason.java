package org.portailfamille.billing.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a bank returned a direct debit (ISO 20022 external status reason codes the EPC rulebook uses for SDD R-transactions).
 * {@link #endsMandate()}: the mandate can no longer be used (closed account, no mandate, debtor deceased…).
 */
public enum RejectReason {
    AC01(false), AC04(true), AC06(true), AG01(true), AG02(false), AM04(false), AM05(false), BE05(false),
    MD01(true), MD02(false), MD06(false), MD07(true), MS02(false), MS03(false), RC01(false), RR01(false),
    RR02(false), RR03(false), RR04(false), SL01(false);

    private final boolean endsMandate;

    RejectReason(boolean endsMandate) {
        this.endsMandate = endsMandate;
    }

    public boolean endsMandate() {
        return endsMandate;
    }

    public static Optional<RejectReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
