package com.chuhai.tracker.market;

import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.References;
import com.chuhai.tracker.source.SourceService;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes market shares. */
@Service
@Transactional(readOnly = true)
class MarketShareService {

    static final String KIND = "marketShare";

    private static final List<String> REFERENCES = List.of("provider", "source");

    private final MarketShareRepository shares;
    private final ProviderService providers;
    private final SourceService sources;

    MarketShareService(MarketShareRepository shares, ProviderService providers, SourceService sources) {
        this.shares = shares;
        this.providers = providers;
        this.sources = sources;
    }

    Page<MarketShareResponse> page(MarketShareFilter filter, Pageable pageable) {
        return shares.findBy(
                        filter.toSpecification(),
                        query -> query.project(REFERENCES).page(pageable))
                .map(MarketShareResponse::of);
    }

    List<MarketShareResponse> list(MarketShareFilter filter, Sort sort) {
        return shares
                .findBy(
                        filter.toSpecification(),
                        query -> query.project(REFERENCES).sortBy(sort).all())
                .stream()
                .map(MarketShareResponse::of)
                .toList();
    }

    MarketShareResponse get(long id) {
        return MarketShareResponse.of(require(id));
    }

    @Transactional
    MarketShareResponse create(MarketShareRequest request) {
        CloudProvider provider = provider(request);
        MarketShare share = new MarketShare(request.period(), request.scope(), provider, request.sharePercent());
        apply(share, request);
        return MarketShareResponse.of(shares.saveAndFlush(share));
    }

    @Transactional
    MarketShareResponse update(long id, MarketShareRequest request) {
        MarketShare share = require(id);
        share.checkVersion(request.version());
        share.revise(request.period(), request.scope(), provider(request), request.sharePercent());
        apply(share, request);
        return MarketShareResponse.of(shares.saveAndFlush(share));
    }

    @Transactional
    void delete(long id) {
        shares.delete(require(id));
        shares.flush();
    }

    private CloudProvider provider(MarketShareRequest request) {
        References references = new References();
        CloudProvider provider = references.require("provider", request.provider(), providers::findBySlug);
        references.check();
        return provider;
    }

    private void apply(MarketShare share, MarketShareRequest request) {
        share.setMeasure(request.measure());
        share.setSource(request.source() == null ? null : sources.resolveOne("source", request.source()));
    }

    private MarketShare require(long id) {
        return shares.findById(id).orElseThrow(() -> DomainException.notFound(KIND, id));
    }
}
