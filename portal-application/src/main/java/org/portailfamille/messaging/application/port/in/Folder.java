package org.portailfamille.messaging.application.port.in;

/**
 * The folders of a family's Boîte de réception: conversations the staff (or the portal) started, conversations the
 * family started (with the answers), and conversations the family deleted (restorable).
 */
public enum Folder { RECEIVED, SENT, DELETED }
