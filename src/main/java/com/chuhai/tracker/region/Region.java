package com.chuhai.tracker.region;

import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.LocalNames;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A data-residency region: where a company keeps data or runs workloads. */
@Entity
@Audited
@Table(name = "region")
public class Region extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    /** Null for multi-country regions such as the EU. */
    private String country;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private RegionCategory category;

    /** The name in French and Chinese, for the pages in those languages. */
    @Embedded
    private LocalNames translations;

    protected Region() {}

    public Region(String code, String name, String country, RegionCategory category) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.country = country;
        this.category = Objects.requireNonNull(category, "category");
    }

    /** Replaces what is known of this region, as an editor's correction. */
    public void revise(String code, String name, String country, RegionCategory category) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.country = country;
        this.category = Objects.requireNonNull(category, "category");
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public RegionCategory getCategory() {
        return category;
    }

    public LocalNames getTranslations() {
        return translations == null ? LocalNames.NONE : translations;
    }

    public void translate(LocalNames translations) {
        this.translations = translations;
    }
}
