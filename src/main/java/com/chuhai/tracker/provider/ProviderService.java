package com.chuhai.tracker.provider;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.LocalNames;
import com.chuhai.tracker.shared.TranslatedNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes providers; other features find providers by slug here. */
@Service
@Transactional(readOnly = true)
public class ProviderService {

    static final String KIND = "provider";

    private final CloudProviderRepository providers;
    private final HistoryService history;

    private final JdbcClient jdbc;

    ProviderService(CloudProviderRepository providers, HistoryService history, JdbcClient jdbc) {
        this.providers = providers;
        this.history = history;
        this.jdbc = jdbc;
    }

    public Optional<CloudProvider> findBySlug(String slug) {
        return slug == null ? Optional.empty() : providers.findBySlug(slug);
    }

    /** Every provider by name, as a filter lists them; cached until data changes. */
    @Cacheable(cacheNames = "references", key = "'providers'", sync = true)
    public List<ProviderSummary> summaries() {
        return providers.findAll(Sort.by("name")).stream()
                .map(p -> new ProviderSummary(p.getSlug(), p.getName(), p.origin()))
                .toList();
    }

    /** Every provider's translated names by slug; cached until data changes. */
    @Cacheable(cacheNames = "references", key = "'providerNames'", sync = true)
    public Map<String, LocalNames> translations() {
        return providers.findAll().stream()
                .collect(Collectors.toUnmodifiableMap(CloudProvider::getSlug, CloudProvider::getTranslations));
    }

    /** A provider as a filter or a link shows it. */
    public record ProviderSummary(String slug, String name, Origin origin) implements TranslatedNames.Named {

        @Override
        public String key() {
            return slug;
        }
    }

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
            throw DomainException.conflict("provider.slugTaken", request.slug());
        }
        CloudProvider provider = new CloudProvider(request.slug(), request.name(), request.kind(), request.country());
        provider.setWebsite(request.website());
        provider.translate(request.translations());
        return ProviderResponse.of(providers.saveAndFlush(provider));
    }

    @Transactional
    ProviderResponse update(String slug, ProviderRequest request) {
        CloudProvider provider = require(slug);
        provider.checkVersion(request.version());
        if (!slug.equals(request.slug()) && providers.findBySlug(request.slug()).isPresent()) {
            throw DomainException.conflict("provider.slugTaken", request.slug());
        }
        provider.revise(request.slug(), request.name(), request.kind(), request.country(), request.website());
        provider.translate(request.translations());
        return ProviderResponse.of(providers.saveAndFlush(provider));
    }

    /** How many rows refer to a provider, so that a refused deletion can say which. */
    ProviderUsage usage(String slug) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM adoption WHERE provider_id = :id) AS adoptions,
                               (SELECT COUNT(*) FROM cloud_migration
                                WHERE from_provider_id = :id OR to_provider_id = :id) AS migrations,
                               (SELECT COUNT(*) FROM market_share WHERE provider_id = :id) AS market_shares""")
                .param("id", require(slug).getId())
                .query(ProviderUsage.class)
                .single();
    }

    /** Rows that refer to a provider. */
    record ProviderUsage(long adoptions, long migrations, long marketShares) implements java.io.Serializable {}

    /** Every version of a provider, oldest first. */
    List<HistoryService.Version> history(String slug) {
        return history.versions(CloudProvider.class, require(slug).getId(), p -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", p.getName());
            fields.put("nameFr", p.getTranslations().fr());
            fields.put("nameZh", p.getTranslations().zh());
            fields.put("slug", p.getSlug());
            fields.put("kind", p.getKind());
            fields.put("country", p.getCountry());
            fields.put("website", p.getWebsite());
            return fields;
        });
    }

    /** Makes a provider as it was in an earlier revision, as a new version. */
    @Transactional
    String restore(String slug, long revision) {
        CloudProvider current = require(slug);
        CloudProvider earlier = history.at(CloudProvider.class, current.getId(), revision)
                .orElseThrow(() -> DomainException.notFound("revision", revision));
        return update(
                        slug,
                        new ProviderRequest(
                                earlier.getSlug(),
                                earlier.getName(),
                                earlier.getTranslations().fr(),
                                earlier.getTranslations().zh(),
                                earlier.getKind(),
                                earlier.getCountry(),
                                earlier.getWebsite(),
                                current.getVersion()))
                .slug();
    }

    /** Deletes a provider nothing refers to; the database refuses one still in use. */
    @Transactional
    void delete(String slug) {
        providers.delete(require(slug));
        providers.flush();
    }

    private CloudProvider require(String slug) {
        return providers.findBySlug(slug).orElseThrow(() -> DomainException.notFound(KIND, slug));
    }
}
