package org.portailfamille.messaging.domain;

/** Where a family sees a conversation. */
public enum MailboxFolder { RECEIVED, SENT, DELETED }
