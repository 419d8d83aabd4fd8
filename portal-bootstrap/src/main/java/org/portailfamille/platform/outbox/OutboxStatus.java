package org.portailfamille.platform.outbox;

/** PENDING until due, SENDING while a worker holds its claim, then SENT or FAILED. */
public enum OutboxStatus { PENDING, SENDING, SENT, FAILED }
