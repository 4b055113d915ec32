package com.chuhai.tracker.adoption;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyService;
import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionService;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.shared.References;
import com.chuhai.tracker.shared.query.ChunkedReader;
import com.chuhai.tracker.shared.query.Paging;
import com.chuhai.tracker.source.Source;
import com.chuhai.tracker.source.SourceRequest;
import com.chuhai.tracker.source.SourceService;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes adoptions, and the rule that moves them when a migration completes. */
@Service
@Transactional(readOnly = true)
public class AdoptionService {

    static final String KIND = "adoption";

    /** Loaded with every page or chunk of adoptions, so that a list costs a fixed number of queries. */
    private static final List<String> REFERENCES = List.of("company", "provider", "region");

    private final AdoptionRepository adoptions;
    private final CompanyService companies;
    private final ProviderService providers;
    private final RegionService regions;
    private final SourceService sources;
    private final ChunkedReader reader;
    private final Paging paging;
    private final HistoryService history;

    AdoptionService(
            AdoptionRepository adoptions,
            CompanyService companies,
            ProviderService providers,
            RegionService regions,
            SourceService sources,
            ChunkedReader reader,
            Paging paging,
            HistoryService history) {
        this.adoptions = adoptions;
        this.companies = companies;
        this.providers = providers;
        this.regions = regions;
        this.sources = sources;
        this.reader = reader;
        this.paging = paging;
        this.history = history;
    }

    Page<AdoptionResponse> page(AdoptionFilter filter, Pageable pageable) {
        return paging.page(Adoption.class, filter.toSpecification(), filter, pageable, REFERENCES)
                .map(AdoptionResponse::of);
    }

    /** The adoptions of {@code company} in use on {@code day} (the first 50), to weigh a suggestion against. */
    public List<AdoptionResponse> inUse(String company, LocalDate day) {
        return page(new AdoptionFilter(company, null, null, null, day), PageRequest.of(0, 50, Sort.by("id")))
                .getContent();
    }

    /** Every matching adoption in order, streamed from the database, for exports. */
    void forEach(AdoptionFilter filter, Sort sort, Consumer<AdoptionResponse> consumer) {
        reader.forEach(
                adoptions.findBy(filter.toSpecification(), query -> query.project(REFERENCES).sortBy(sort).stream()),
                adoption -> consumer.accept(AdoptionResponse.of(adoption)));
    }

    public AdoptionResponse get(long id) {
        return AdoptionResponse.of(require(id));
    }

    @Transactional
    public AdoptionResponse create(AdoptionRequest request) {
        References references = new References();
        Company company = references.require("company", request.company(), companies::findBySlug);
        CloudProvider provider =
                references.optional("provider", blankToNull(request.provider()), providers::findBySlug);
        Region region = references.require("region", request.region(), regions::findByCode);
        checkPrecisions(request, references);
        references.check();
        Adoption adoption =
                new Adoption(company, provider, region, start(request), request.workload(), request.confidence());
        PreciseDate end = end(request);
        if (end != null) {
            adoption.end(end);
        }
        adoption.replaceSources(sources.resolve("sources", request.sources()));
        return AdoptionResponse.of(adoptions.saveAndFlush(adoption));
    }

    /** The adoption as a request that would replace it with itself (its version included). */
    public AdoptionRequest asRequest(long id) {
        return AdoptionForm.of(get(id)).toRequest();
    }

    @Transactional
    public AdoptionResponse update(long id, AdoptionRequest request) {
        Adoption adoption = require(id);
        adoption.checkVersion(request.version());
        References references = new References();
        Company company = references.require("company", request.company(), companies::findBySlug);
        CloudProvider provider =
                references.optional("provider", blankToNull(request.provider()), providers::findBySlug);
        Region region = references.require("region", request.region(), regions::findByCode);
        checkPrecisions(request, references);
        references.check();
        adoption.revise(
                company, provider, region, start(request), end(request), request.workload(), request.confidence());
        adoption.replaceSources(sources.resolve("sources", request.sources()));
        return AdoptionResponse.of(adoptions.saveAndFlush(adoption));
    }

    /** Every version of an adoption, oldest first. */
    List<HistoryService.Version> history(long id) {
        return history.versions(Adoption.class, require(id).getId(), a -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("company", a.getCompany().getSlug());
            fields.put("provider", a.providerSlug());
            fields.put("region", a.getRegion().getCode());
            fields.put("startDate", a.getStartDate());
            fields.put("startPrecision", a.getStartPrecision());
            fields.put("endDate", a.getEndDate());
            fields.put("endPrecision", a.getEndPrecision());
            fields.put("workload", a.getWorkload());
            fields.put("confidence", a.getConfidence());
            fields.put(
                    "sources",
                    a.getSources().stream().map(Source::getUrl).sorted().toList());
            return fields;
        });
    }

    /** Makes an adoption as it was in an earlier revision, as a new version. */
    @Transactional
    void restore(long id, long revision) {
        Adoption current = require(id);
        Adoption earlier = history.at(Adoption.class, id, revision)
                .orElseThrow(() -> DomainException.notFound("revision", revision));
        update(
                id,
                new AdoptionRequest(
                        earlier.getCompany().getSlug(),
                        earlier.providerSlug(),
                        earlier.getRegion().getCode(),
                        earlier.getStartDate(),
                        earlier.getEndDate(),
                        null,
                        earlier.getStartPrecision(),
                        earlier.getEndPrecision(),
                        earlier.getWorkload(),
                        earlier.getConfidence(),
                        earlier.getSources().stream()
                                .map(source -> new SourceRequest(source.getUrl(), null, null, null, null))
                                .toList(),
                        current.getVersion()));
    }

    @Transactional
    void delete(long id) {
        adoptions.delete(require(id));
        adoptions.flush();
    }

    private Adoption require(long id) {
        return adoptions.findById(id).orElseThrow(() -> DomainException.notFound(KIND, id));
    }

    private List<Adoption> findOpen(Company company, CloudProvider provider, Region region) {
        return provider == null
                ? adoptions.findOpenUndisclosed(company, region)
                : adoptions.findOpen(company, provider, region);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static void checkPrecisions(AdoptionRequest request, References references) {
        references.requireDateFor("startPrecision", request.startPrecision(), request.startDate());
        references.requireDateFor("endPrecision", request.endPrecision(), request.endDate());
    }

    private static PreciseDate start(AdoptionRequest request) {
        return PreciseDate.ofNullable(request.startDate(), request.startPrecision(), request.datePrecision());
    }

    private static PreciseDate end(AdoptionRequest request) {
        return PreciseDate.ofNullable(request.endDate(), request.endPrecision(), request.datePrecision());
    }

    /**
     * Moves a company's workloads on a date from a provider in one region to a provider in another (or
     * the same) region: ends its open adoptions of {@code from} in {@code fromRegion} and opens one of
     * {@code to} in {@code toRegion} from that date. A null provider is one not disclosed: the open
     * undisclosed adoptions are ended, and a relocation to an undisclosed provider opens an undisclosed
     * adoption (where the data went is the known fact), while a move within one region to an
     * undisclosed provider opens nothing. Nothing is opened either when the company already has such
     * an open adoption there. Runs inside the caller's transaction, so that a failure anywhere undoes
     * all of it.
     *
     * @throws DomainException when the company has no open adoption of {@code from} in
     *     {@code fromRegion}, or the date falls before such an adoption started
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProviderSwitch switchProvider(
            Company company,
            Region fromRegion,
            Region toRegion,
            CloudProvider from,
            CloudProvider to,
            PreciseDate on,
            Confidence confidence,
            Collection<Source> sources) {
        List<Adoption> open = findOpen(company, from, fromRegion);
        if (open.isEmpty()) {
            throw DomainException.invalid(
                    "fromProvider",
                    "migration.nothingToMigrate",
                    company.getSlug(),
                    CloudProvider.slugOrUndisclosed(from),
                    fromRegion.getCode());
        }
        open.forEach(adoption -> adoption.end(on));
        boolean relocation = !fromRegion.getCode().equals(toRegion.getCode());
        if ((to == null && !relocation) || !findOpen(company, to, toRegion).isEmpty()) {
            return new ProviderSwitch(open, Optional.empty());
        }
        Adoption opened = new Adoption(company, to, toRegion, on, open.get(0).getWorkload(), confidence);
        opened.addSources(sources);
        return new ProviderSwitch(open, Optional.of(adoptions.save(opened)));
    }
}
