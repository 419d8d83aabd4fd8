package org.portailfamille.messaging.domain;

/** The adults of a family file: the guardian (responsable) and the partner (conjoint). */
public enum FamilyAdult { GUARDIAN, PARTNER }
