package com.chuhai.tracker.provider;

import com.chuhai.tracker.shared.ConflictException;
import com.chuhai.tracker.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes providers; other features find providers by slug here. */
@Service
@Transactional(readOnly = true)
public class ProviderService {

    static final String KIND = "provider";

    private final CloudProviderRepository providers;

    ProviderService(CloudProviderRepository providers) {
        this.providers = providers;
    }

    public Optional<CloudProvider> findBySlug(String slug) {
        return slug == null ? Optional.empty() : providers.findBySlug(slug);
    }

    /** Every provider by name, as a filter lists them. */
    public List<ProviderSummary> summaries() {
        return providers.findAll(Sort.by("name")).stream()
                .map(p -> new ProviderSummary(p.getSlug(), p.getName(), p.origin()))
                .toList();
    }

    /** A provider as a filter or a link shows it. */
    public record ProviderSummary(String slug, String name, Origin origin) {}

    Page<ProviderResponse> page(ProviderFilter filter, Pageable pageable) {
        return providers.findAll(filter.toSpecification(), pageable).map(ProviderResponse::of);
    }

    List<ProviderResponse> list(ProviderFilter filter, Sort sort) {
        return providers.findAll(filter.toSpecification(), sort).stream()
                .map(ProviderResponse::of)
                .toList();
    }

    public ProviderResponse get(String slug) {
        return ProviderResponse.of(require(slug));
    }

    @Transactional
    ProviderResponse create(ProviderRequest request) {
        if (providers.findBySlug(request.slug()).isPresent()) {
            throw new ConflictException("provider.slugTaken", request.slug());
        }
        CloudProvider provider = new CloudProvider(request.slug(), request.name(), request.kind(), request.country());
        provider.setWebsite(request.website());
        return ProviderResponse.of(providers.saveAndFlush(provider));
    }

    @Transactional
    ProviderResponse update(String slug, ProviderRequest request) {
        CloudProvider provider = require(slug);
        provider.checkVersion(request.version());
        if (!slug.equals(request.slug()) && providers.findBySlug(request.slug()).isPresent()) {
            throw new ConflictException("provider.slugTaken", request.slug());
        }
        provider.revise(request.slug(), request.name(), request.kind(), request.country(), request.website());
        return ProviderResponse.of(providers.saveAndFlush(provider));
    }

    /** Deletes a provider nothing refers to; the database refuses one still in use. */
    @Transactional
    void delete(String slug) {
        providers.delete(require(slug));
        providers.flush();
    }

    private CloudProvider require(String slug) {
        return providers.findBySlug(slug).orElseThrow(() -> new NotFoundException(KIND, slug));
    }
}
