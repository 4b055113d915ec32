package com.chuhai.tracker.region;

import com.chuhai.tracker.history.HistoryService;
import com.chuhai.tracker.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes regions; other features find regions by code here. */
@Service
@Transactional(readOnly = true)
public class RegionService {

    static final String KIND = "region";

    private final RegionRepository regions;
    private final HistoryService history;

    private final JdbcClient jdbc;

    RegionService(RegionRepository regions, HistoryService history, JdbcClient jdbc) {
        this.regions = regions;
        this.history = history;
        this.jdbc = jdbc;
    }

    public Optional<Region> findByCode(String code) {
        return code == null ? Optional.empty() : regions.findByCode(code);
    }

    Page<RegionResponse> page(RegionFilter filter, Pageable pageable) {
        return regions.findAll(filter.toSpecification(), pageable).map(RegionResponse::of);
    }

    List<RegionResponse> list(RegionFilter filter, Sort sort) {
        return regions.findAll(filter.toSpecification(), sort).stream()
                .map(RegionResponse::of)
                .toList();
    }

    public RegionResponse get(String code) {
        return RegionResponse.of(require(code));
    }

    @Transactional
    RegionResponse create(RegionRequest request) {
        if (regions.findByCode(request.code()).isPresent()) {
            throw DomainException.conflict("region.codeTaken", request.code());
        }
        Region region = new Region(request.code(), request.name(), request.country(), request.category());
        region.translate(request.translations());
        return RegionResponse.of(regions.saveAndFlush(region));
    }

    @Transactional
    RegionResponse update(String code, RegionRequest request) {
        Region region = require(code);
        region.checkVersion(request.version());
        if (!code.equals(request.code()) && regions.findByCode(request.code()).isPresent()) {
            throw DomainException.conflict("region.codeTaken", request.code());
        }
        region.revise(request.code(), request.name(), request.country(), request.category());
        region.translate(request.translations());
        return RegionResponse.of(regions.saveAndFlush(region));
    }

    /** How many rows refer to a region, so that a refused deletion can say which. */
    RegionUsage usage(String code) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM adoption WHERE region_id = :id) AS adoptions,
                               (SELECT COUNT(*) FROM cloud_migration
                                WHERE from_region_id = :id OR to_region_id = :id) AS migrations""")
                .param("id", require(code).getId())
                .query(RegionUsage.class)
                .single();
    }

    /** Rows that refer to a region. */
    record RegionUsage(long adoptions, long migrations) implements java.io.Serializable {}

    /** Every version of a region, oldest first. */
    List<HistoryService.Version> history(String code) {
        return history.versions(Region.class, require(code).getId(), r -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", r.getName());
            fields.put("nameFr", r.getTranslations().fr());
            fields.put("nameZh", r.getTranslations().zh());
            fields.put("code", r.getCode());
            fields.put("country", r.getCountry());
            fields.put("category", r.getCategory());
            return fields;
        });
    }

    /** Makes a region as it was in an earlier revision, as a new version. */
    @Transactional
    String restore(String code, long revision) {
        Region current = require(code);
        Region earlier = history.at(Region.class, current.getId(), revision)
                .orElseThrow(() -> DomainException.notFound("revision", revision));
        return update(
                        code,
                        new RegionRequest(
                                earlier.getCode(),
                                earlier.getName(),
                                earlier.getTranslations().fr(),
                                earlier.getTranslations().zh(),
                                earlier.getCountry(),
                                earlier.getCategory(),
                                current.getVersion()))
                .code();
    }

    /** Deletes a region nothing refers to; the database refuses one still in use. */
    @Transactional
    void delete(String code) {
        regions.delete(require(code));
        regions.flush();
    }

    private Region require(String code) {
        return regions.findByCode(code).orElseThrow(() -> DomainException.notFound(KIND, code));
    }
}
