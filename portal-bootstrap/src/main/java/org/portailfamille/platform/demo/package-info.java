/** Demo mode: one explicit switch for every demo-only bean (ADR 0033). */
@NullMarked
package org.portailfamille.platform.demo;

import org.jspecify.annotations.NullMarked;
