package org.portailfamille.requests.application.port.in;

/**
 * A link the owning module adds to the staff detail of a request (e.g. the medical certificate of an absence): a
 * term key, a link label key and the path.
 */
public record RequestLink(String termKey, String labelKey, String path) {
}
