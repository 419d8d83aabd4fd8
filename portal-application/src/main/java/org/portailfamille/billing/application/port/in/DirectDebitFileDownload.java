package org.portailfamille.billing.application.port.in;

/** A stored direct-debit file to download: its name ("PF-AL-20150504101500.xml") and its pain.008 content. */
public record DirectDebitFileDownload(String fileName, byte[] content) {
}
