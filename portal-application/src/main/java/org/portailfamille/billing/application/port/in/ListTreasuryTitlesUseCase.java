package org.portailfamille.billing.application.port.in;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.UUID;

/** Staff: the titles issued, latest first (at most 500), of a régie or all. */
public interface ListTreasuryTitlesUseCase {
    List<TreasuryTitleView> treasuryTitles(@Nullable UUID regieId);
}
