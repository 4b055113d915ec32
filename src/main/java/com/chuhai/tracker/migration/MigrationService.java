package com.chuhai.tracker.migration;

import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.adoption.ProviderSwitch;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.shared.References;
import com.chuhai.tracker.shared.query.ChunkedReader;
import com.chuhai.tracker.shared.query.Paging;
import com.chuhai.tracker.source.SourceService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Records and corrects migrations; a completed one moves the company's adoptions in the same transaction. */
@Service
@Transactional(readOnly = true)
public class MigrationService {

    static final String KIND = "migration";

    /** Loaded with every page or chunk of migrations, so that a list costs a fixed number of queries. */
    private static final List<String> REFERENCES =
            List.of("company", "fromRegion", "toRegion", "fromProvider", "toProvider");

    private final TransactionTemplate readOnlyRollback;
    private final MigrationRepository migrations;
    private final AdoptionService adoptions;
    private final CompanyService companies;
    private final ProviderService providers;
    private final RegionService regions;
    private final SourceService sources;
    private final ChunkedReader reader;
    private final Paging paging;
    private final HistoryService history;

    MigrationService(
            PlatformTransactionManager transactions,
            MigrationRepository migrations,
            AdoptionService adoptions,
            CompanyService companies,
            ProviderService providers,
            RegionService regions,
            SourceService sources,
            ChunkedReader reader,
            Paging paging,
            HistoryService history) {
        this.readOnlyRollback = new TransactionTemplate(transactions);
        this.migrations = migrations;
        this.adoptions = adoptions;
        this.companies = companies;
        this.providers = providers;
        this.regions = regions;
        this.sources = sources;
        this.reader = reader;
        this.paging = paging;
        this.history = history;
    }

    /**
     * Saves a migration. When it is completed, the company's adoption of the old provider in the region
     * left ends on the completion date and one of the new provider opens from it in the region moved
     * to (see {@link AdoptionService#switchProvider}). All of it commits, or none of it does.
     */
    @Transactional
    public RecordedMigration record(Migration migration) {
        Migration saved = migrations.save(migration);
        ProviderSwitch change =
                saved.isCompleted() ? switchProvider(saved) : new ProviderSwitch(List.of(), Optional.empty());
        return new RecordedMigration(saved, change);
    }

    Page<MigrationResponse> page(MigrationFilter filter, Pageable pageable) {
        return paging.page(Migration.class, filter.toSpecification(), filter, pageable, REFERENCES)
                .map(MigrationResponse::of);
    }

    /** One page of migrations as the pages show them. */
    public Page<MigrationView> views(MigrationFilter filter, Pageable pageable) {
        return paging.page(Migration.class, filter.toSpecification(), filter, pageable, REFERENCES)
                .map(MigrationView::of);
    }

    /** Every matching migration in order, streamed from the database, for exports. */
    void forEach(MigrationFilter filter, Sort sort, Consumer<MigrationResponse> consumer) {
        reader.forEach(
                migrations.findBy(filter.toSpecification(), query -> query.project(REFERENCES).sortBy(sort).stream()),
                migration -> consumer.accept(MigrationResponse.of(migration)));
    }

    public MigrationResponse get(long id) {
        return MigrationResponse.of(require(id));
    }

    /** The migration as a request that would replace it with itself (its version included). */
    public MigrationRequest asRequest(long id) {
        return MigrationForm.of(get(id)).toRequest();
    }

    @Transactional
    public MigrationResponse create(MigrationRequest request) {
        Migration saved = recordRequest(request).migration();
        migrations.flush();
        return MigrationResponse.of(saved);
    }

    /**
     * What recording this migration would change, without changing anything: the same transaction as
     * {@link #create}, rolled back, so the preview can never disagree with the real thing.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public MigrationPreview preview(MigrationRequest request) {
        return readOnlyRollback.execute(status -> {
            status.setRollbackOnly();
            RecordedMigration recorded = recordRequest(request);
            migrations.flush();
            ProviderSwitch change = recorded.change();
            return new MigrationPreview(
                    recorded.migration().isCompleted(),
                    change.ended().stream()
                            .map(MigrationPreview.AdoptionChange::of)
                            .toList(),
                    change.opened().map(MigrationPreview.AdoptionChange::of).orElse(null));
        });
    }

    private RecordedMigration recordRequest(MigrationRequest request) {
        Resolved resolved = resolve(request);
        Migration migration = new Migration(
                resolved.company(),
                resolved.move(),
                resolved.from(),
                resolved.to(),
                announced(request),
                completed(request),
                request.status(),
                request.reason(),
                request.confidence());
        migration.setSummary(request.summary());
        migration.replaceSources(sources.resolve("sources", request.sources()));
        return record(migration);
    }

    /**
     * Corrects a migration. One that becomes completed moves the adoptions now, in this transaction;
     * a completed one keeps what moved them (see {@link Migration#revise}).
     */
    @Transactional
    public MigrationResponse update(long id, MigrationRequest request) {
        Migration migration = require(id);
        migration.checkVersion(request.version());
        Resolved resolved = resolve(request);
        boolean completesNow = !migration.isCompleted() && request.status() == MigrationStatus.COMPLETED;
        migration.revise(
                resolved.company(),
                resolved.move(),
                resolved.from(),
                resolved.to(),
                announced(request),
                completed(request),
                request.status(),
                request.reason(),
                request.confidence());
        migration.setSummary(request.summary());
        migration.replaceSources(sources.resolve("sources", request.sources()));
        if (completesNow) {
            switchProvider(migration);
        }
        return MigrationResponse.of(migrations.saveAndFlush(migration));
    }

    /** Deletes the record of a migration; adoptions it moved stay as they are. */
    @Transactional
    void delete(long id) {
        migrations.delete(require(id));
        migrations.flush();
    }

    private ProviderSwitch switchProvider(Migration migration) {
        try {
            return adoptions.switchProvider(
                    migration.getCompany(),
                    migration.getFromRegion(),
                    migration.getToRegion(),
                    migration.getFromProvider(),
                    migration.getToProvider(),
                    migration.completed(),
                    migration.getConfidence(),
                    migration.getSources());
        } catch (DomainException e) {
            // The adoption's end is the migration's completion: name the field the client sent.
            if (e.isInvalid() && "endDate".equals(e.getField())) {
                DomainException.FieldProblem problem = e.getProblems().get(0);
                throw DomainException.invalid("completedOn", problem.code(), problem.args());
            }
            throw e;
        }
    }

    /**
     * The request's references. Regions: {@code region} stands for both ends (API v1 before
     * relocations); {@code fromRegion} and {@code toRegion} may be given instead, or beside it when
     * they agree with it; {@code toRegion} defaults to the region left.
     */
    private Resolved resolve(MigrationRequest request) {
        References references = new References();
        String region = blankToNull(request.region());
        String fromCode = firstNonNull(blankToNull(request.fromRegion()), region);
        String toCode = firstNonNull(blankToNull(request.toRegion()), region, fromCode);
        if (fromCode == null) {
            references.problem("region", "migration.regionRequired");
        }
        if (region != null && (!region.equals(fromCode) || !region.equals(toCode))) {
            references.problem("region", "migration.regionDisagrees", region);
        }
        Company company = references.require("company", request.company(), companies::findBySlug);
        // A region given as `region` alone (API v1 before relocations) is reported under that name.
        boolean asOneRegion = region != null && region.equals(fromCode) && region.equals(toCode);
        Region from = fromCode == null
                ? null
                : references.require(asOneRegion ? "region" : "fromRegion", fromCode, regions::findByCode);
        Region to = toCode == null || (asOneRegion && from == null)
                ? null
                : references.require(asOneRegion ? "region" : "toRegion", toCode, regions::findByCode);
        CloudProvider fromProvider =
                references.optional("fromProvider", blankToNull(request.fromProvider()), providers::findBySlug);
        CloudProvider toProvider =
                references.optional("toProvider", blankToNull(request.toProvider()), providers::findBySlug);
        references.requireDateFor("completedPrecision", request.completedPrecision(), request.completedOn());
        references.check();
        return new Resolved(company, new Migration.Move(from, to), fromProvider, toProvider);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String slug(CloudProvider provider) {
        return provider == null ? null : provider.getSlug();
    }

    private static PreciseDate announced(MigrationRequest request) {
        return PreciseDate.ofNullable(request.announcedOn(), request.announcedPrecision(), request.datePrecision());
    }

    private static PreciseDate completed(MigrationRequest request) {
        return PreciseDate.ofNullable(request.completedOn(), request.completedPrecision(), request.datePrecision());
    }

    Migration require(long id) {
        return migrations.findById(id).orElseThrow(() -> DomainException.notFound(KIND, id));
    }

    private record Resolved(Company company, Migration.Move move, CloudProvider from, CloudProvider to) {}

    /** A saved migration and what it did to the adoptions. */
    public record RecordedMigration(Migration migration, ProviderSwitch change) {}
}
