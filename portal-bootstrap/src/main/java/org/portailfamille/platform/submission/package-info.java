/**
 * Idempotent forms (issue 13, finding 2): a submission key in every rendered form, and a second submission of the
 * same key answered with the first one's result (QUALITY.md, "Replays"). Proved by DoubleSubmitTest and the
 * route-wide DoubleSubmitSweepTest.
 */
@NullMarked
package org.portailfamille.platform.submission;

import org.jspecify.annotations.NullMarked;
