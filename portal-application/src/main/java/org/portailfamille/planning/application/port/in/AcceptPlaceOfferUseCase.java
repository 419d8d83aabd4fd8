package org.portailfamille.planning.application.port.in;

/** Accepts a place offer before it expires: the child is booked on the day, on the place held for it. */
public interface AcceptPlaceOfferUseCase {
    AcceptPlaceOfferOutcome acceptPlaceOffer(AcceptPlaceOfferCommand command);
}
