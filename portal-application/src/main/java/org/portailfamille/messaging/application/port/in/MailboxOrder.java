package org.portailfamille.messaging.application.port.in;

/** How a folder is sorted: conversations with unread messages first (then newest), or newest first. */
public enum MailboxOrder { UNREAD_FIRST, NEWEST_FIRST }
