package org.portailfamille.messaging.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.UUID;

/**
 * The staff inbox of one facility ({@code facilityId} null: the municipality's own desk, which also receives the
 * answers to automatic notices).
 *
 * @param includeHandled whether conversations marked handled are listed too (after the open ones)
 */
public record StaffInboxQuery(@Nullable UUID facilityId, boolean includeHandled) {
}
