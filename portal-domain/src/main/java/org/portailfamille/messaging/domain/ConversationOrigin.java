package org.portailfamille.messaging.domain;

/** Who started a conversation: the family, the staff, or the portal (an automatic notice). */
public enum ConversationOrigin { FAMILY, STAFF, NOTICE }
