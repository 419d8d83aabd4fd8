package org.portailfamille.billing.domain;

/**
 * What a tariff prices, as the tax certificate sees it: CHILDCARE (garde: crèche, garderie, accueil de loisirs) is
 * eligible for the childcare tax credit; MEAL (repas, cantine) and OTHER (outings, transport…) are not.
 */
public enum CareKind {
    CHILDCARE, MEAL, OTHER;

    /** The kind of a tariff set up before kinds existed, or without one: a meal unit is a meal, anything else care. */
    public static CareKind defaultFor(TariffUnit unit) {
        return unit == TariffUnit.MEAL ? MEAL : CHILDCARE;
    }
}
