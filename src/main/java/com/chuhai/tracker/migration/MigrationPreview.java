package com.chuhai.tracker.migration;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.shared.DatePrecision;
import java.time.LocalDate;
import java.util.List;

/**
 * What recording a migration would do to the adoptions ({@link MigrationService#preview}): whether it
 * is completed, the adoptions it ends and the one it opens (null when none).
 */
public record MigrationPreview(boolean completed, List<AdoptionChange> ends, AdoptionChange opens) {

    /** An adoption as the preview names it: the provider's name, or null when it was not disclosed. */
    public record AdoptionChange(String provider, String region, LocalDate start, DatePrecision startPrecision) {

        static AdoptionChange of(Adoption adoption) {
            return new AdoptionChange(
                    adoption.getProvider() == null
                            ? null
                            : adoption.getProvider().getName(),
                    adoption.getRegion().getName(),
                    adoption.getStartDate(),
                    adoption.getStartPrecision());
        }
    }
}
