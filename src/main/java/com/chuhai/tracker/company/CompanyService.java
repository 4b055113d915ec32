package com.chuhai.tracker.company;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.query.ChunkedReader;
import com.chuhai.tracker.shared.query.Paging;
import com.chuhai.tracker.shared.query.TextSearch;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one company and changes companies; other features find companies by slug here. */
@Service
@Transactional(readOnly = true)
public class CompanyService {

    public static final String KIND = "company";

    private final CompanyRepository companies;
    private final JdbcClient jdbc;
    private final HistoryService history;
    private final Paging paging;
    private final ChunkedReader reader;

    CompanyService(
            CompanyRepository companies, JdbcClient jdbc, HistoryService history, Paging paging, ChunkedReader reader) {
        this.companies = companies;
        this.paging = paging;
        this.reader = reader;
        this.jdbc = jdbc;
        this.history = history;
    }

    public Optional<Company> findBySlug(String slug) {
        return slug == null ? Optional.empty() : companies.findBySlug(slug);
    }

    /** The company {@code slug} with its parent and subsidiaries, as its page shows them; none is a 404. */
    public CompanyFamily family(String slug) {
        Company company =
                companies.findWithParentBySlug(slug).orElseThrow(() -> DomainException.notFound("company", slug));
        Company parent = company.getParent();
        return new CompanyFamily(
                CompanyResponse.of(company),
                parent == null ? null : new CompanyLink(parent.getSlug(), parent.getName()),
                companies.subsidiariesOf(company));
    }

    /**
     * Every company {@code filter} matches, in order and with its parent, streamed from the database
     * in chunks (for exports: the directory's filter needs adoptions, which this module cannot see).
     */
    public void forEach(Specification<Company> filter, Sort sort, Consumer<Company> consumer) {
        reader.forEach(companies.findBy(filter, query -> query.project("parent").sortBy(sort).stream()), consumer);
    }

    /** The admin list: text in the name, native name or slug, and a sector; both optional. */
    Page<CompanyResponse> search(String q, Sector sector, Pageable pageable) {
        Specification<Company> spec = Specification.unrestricted();
        if (q != null && !q.isBlank()) {
            spec = spec.and((root, query, cb) ->
                    TextSearch.containsIgnoringCase(cb, q, root.get("name"), root.get("nativeName"), root.get("slug")));
        }
        if (sector != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("sector"), sector));
        }
        return paging.page(Company.class, spec, Arrays.asList("search", q, sector), pageable, List.of("parent"))
                .map(CompanyResponse::of);
    }

    /** Every version of a company, oldest first, with what changed in each. */
    List<HistoryService.Version> history(String slug) {
        return history.versions(Company.class, require(slug).getId(), CompanyService::snapshot);
    }

    /**
     * Makes a company as it was in an earlier revision; the restore is itself a new version. The
     * rules of an edit apply: a parent deleted since cannot come back.
     */
    @Transactional
    CompanyResponse restore(String slug, long revision) {
        Company current = require(slug);
        Company earlier = history.at(Company.class, current.getId(), revision)
                .orElseThrow(() -> DomainException.notFound("revision", revision));
        CompanyRequest request = new CompanyRequest(
                earlier.getSlug(),
                earlier.getName(),
                earlier.getNativeName(),
                earlier.getParent() == null ? null : earlier.getParent().getSlug(),
                earlier.getSector(),
                earlier.getOriginCountry(),
                earlier.getOriginCity(),
                earlier.getGlobalHq(),
                earlier.getFoundedYear(),
                earlier.getWebsite(),
                earlier.getDescription(),
                current.getVersion());
        return update(slug, request);
    }

    /** A company's fields as its history shows them, in form order. */
    private static Map<String, Object> snapshot(Company company) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", company.getName());
        fields.put("slug", company.getSlug());
        fields.put("nativeName", company.getNativeName());
        fields.put(
                "parent",
                company.getParent() == null ? null : company.getParent().getSlug());
        fields.put("sector", company.getSector());
        fields.put("originCountry", company.getOriginCountry());
        fields.put("originCity", company.getOriginCity());
        fields.put("globalHq", company.getGlobalHq());
        fields.put("foundedYear", company.getFoundedYear());
        fields.put("website", company.getWebsite());
        fields.put("description", company.getDescription());
        return fields;
    }

    /** What refers to a company, so that a refused deletion can say why. */
    CompanyUsage usage(String slug) {
        Company company = require(slug);
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM adoption WHERE company_id = :id) AS adoptions,
                               (SELECT COUNT(*) FROM cloud_migration WHERE company_id = :id) AS migrations,
                               (SELECT COUNT(*) FROM company WHERE parent_id = :id) AS subsidiaries""")
                .param("id", company.getId())
                .query(CompanyUsage.class)
                .single();
    }

    /** Rows that refer to a company. */
    record CompanyUsage(long adoptions, long migrations, long subsidiaries) {

        public boolean inUse() {
            return adoptions + migrations + subsidiaries > 0;
        }
    }

    public CompanyResponse get(String slug) {
        return CompanyResponse.of(require(slug));
    }

    @Transactional
    public CompanyResponse create(CompanyRequest request) {
        if (companies.findBySlug(request.slug()).isPresent()) {
            throw DomainException.conflict("company.slugTaken", request.slug());
        }
        Company company = new Company(request.slug(), request.name(), request.sector());
        apply(company, request);
        return CompanyResponse.of(companies.saveAndFlush(company));
    }

    @Transactional
    public CompanyResponse update(String slug, CompanyRequest request) {
        Company company = require(slug);
        company.checkVersion(request.version());
        if (!slug.equals(request.slug()) && companies.findBySlug(request.slug()).isPresent()) {
            throw DomainException.conflict("company.slugTaken", request.slug());
        }
        company.revise(request.slug(), request.name(), request.sector());
        apply(company, request);
        return CompanyResponse.of(companies.saveAndFlush(company));
    }

    /** Deletes a company nothing refers to; the database refuses one with adoptions, migrations or subsidiaries. */
    @Transactional
    public void delete(String slug) {
        companies.delete(require(slug));
        companies.flush();
    }

    private void apply(Company company, CompanyRequest request) {
        Company parent = null;
        if (request.parent() != null) {
            parent = companies
                    .findBySlug(request.parent())
                    .orElseThrow(() -> DomainException.invalid("parent", "reference.unknown", request.parent()));
        }
        company.setParent(parent);
        company.setNativeName(request.nativeName());
        company.setOrigin(request.originCountry(), request.originCity());
        company.setGlobalHq(request.globalHq());
        company.setFoundedYear(request.foundedYear());
        company.setWebsite(request.website());
        company.setDescription(request.description());
    }

    private Company require(String slug) {
        return companies.findBySlug(slug).orElseThrow(() -> DomainException.notFound(KIND, slug));
    }
}
