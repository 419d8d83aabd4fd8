/**
 * Idempotent forms (issue 13, finding 2): a submission key in every rendered form, and a second submission of the
 * same key answered with the first one's result. ADR 0034 is the lock-out decision; this one is recorded in
 * docs/security.md ("Replays").
 */
@NullMarked
package org.portailfamille.platform.submission;

import org.jspecify.annotations.NullMarked;
