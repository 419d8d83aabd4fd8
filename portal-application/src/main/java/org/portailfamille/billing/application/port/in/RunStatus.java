package org.portailfamille.billing.application.port.in;

/** Where an invoicing run stands: DRAFT (preview), ISSUING (background job at work), ISSUED, DISCARDED. */
public enum RunStatus { DRAFT, ISSUING, ISSUED, DISCARDED }
