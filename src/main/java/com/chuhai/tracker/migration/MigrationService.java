package com.chuhai.tracker.migration;

import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.adoption.ProviderSwitch;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records migrations; a completed one moves the company's adoptions in the same transaction. */
@Service
public class MigrationService {

    private final MigrationRepository migrations;
    private final AdoptionService adoptions;

    MigrationService(MigrationRepository migrations, AdoptionService adoptions) {
        this.migrations = migrations;
        this.adoptions = adoptions;
    }

    /**
     * Saves a migration. When it is completed, the company's adoption of the old provider in that
     * region ends on the completion date and one of the new provider opens from it (none when the
     * destination was not disclosed). All of it commits, or none of it does.
     */
    @Transactional
    public RecordedMigration record(Migration migration) {
        Migration saved = migrations.save(migration);
        ProviderSwitch change = saved.isCompleted()
                ? adoptions.switchProvider(
                        saved.getCompany(),
                        saved.getRegion(),
                        saved.getFromProvider(),
                        saved.getToProvider(),
                        saved.completed(),
                        saved.getConfidence(),
                        saved.getSources())
                : new ProviderSwitch(List.of(), Optional.empty());
        return new RecordedMigration(saved, change);
    }

    /** A saved migration and what it did to the adoptions. */
    public record RecordedMigration(Migration migration, ProviderSwitch change) {}
}
