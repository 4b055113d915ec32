package com.chuhai.tracker.company;

import com.chuhai.tracker.shared.ConflictException;
import com.chuhai.tracker.shared.InvalidInputException;
import com.chuhai.tracker.shared.NotFoundException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads one company and changes companies; other features find companies by slug here. */
@Service
@Transactional(readOnly = true)
public class CompanyService {

    public static final String KIND = "company";

    private final CompanyRepository companies;

    CompanyService(CompanyRepository companies) {
        this.companies = companies;
    }

    public Optional<Company> findBySlug(String slug) {
        return slug == null ? Optional.empty() : companies.findBySlug(slug);
    }

    public CompanyResponse get(String slug) {
        return CompanyResponse.of(require(slug));
    }

    @Transactional
    public CompanyResponse create(CompanyRequest request) {
        if (companies.findBySlug(request.slug()).isPresent()) {
            throw new ConflictException("company.slugTaken", request.slug());
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
            throw new ConflictException("company.slugTaken", request.slug());
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
                    .orElseThrow(() -> InvalidInputException.of("parent", "reference.unknown", request.parent()));
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
        return companies.findBySlug(slug).orElseThrow(() -> new NotFoundException(KIND, slug));
    }
}
