package org.portailfamille.requests.domain;

/** En attente, acceptée, refusée. */
public enum RequestStatus { PENDING, ACCEPTED, REFUSED }
