package org.portailfamille.requests.domain;

/** Where the parent finds the request in "Liste des demandes": "Mon compte" or "Mes enfants". */
public enum RequestArea { ACCOUNT, CHILDREN }
