/** In-process caches of read-mostly values with invalidation and a short time to live (ADR 0036). */
@NullMarked
package org.portailfamille.platform.cache;

import org.jspecify.annotations.NullMarked;
