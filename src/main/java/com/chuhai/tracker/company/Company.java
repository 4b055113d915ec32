package com.chuhai.tracker.company;

import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.SortKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** A Chinese company going abroad, possibly a subsidiary of another (TikTok of ByteDance). */
@Entity
@Audited
@Table(name = "company")
public class Company extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    /** What the company sorts by: its name without case or accents ({@link SortKey}). */
    @NotAudited
    @Column(nullable = false)
    private String sortName;

    private String nativeName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Company parent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Sector sector;

    private String originCountry;

    private String originCity;

    private String globalHq;

    /** When unknown, an adoption with an unreported start counts from any date. */
    private Integer foundedYear;

    private String website;

    private String description;

    protected Company() {}

    public Company(String slug, String name, Sector sector) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.sortName = SortKey.of(name);
        this.sector = Objects.requireNonNull(sector, "sector");
    }

    /** Replaces the identifying fields, as an editor's correction. */
    public void revise(String slug, String name, Sector sector) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.sortName = SortKey.of(name);
        this.sector = Objects.requireNonNull(sector, "sector");
    }

    /** Sets the parent company; a company cannot be its own ancestor. */
    public void setParent(Company parent) {
        for (Company ancestor = parent; ancestor != null; ancestor = ancestor.parent) {
            if (ancestor == this || (getId() != null && getId().equals(ancestor.getId()))) {
                throw DomainException.invalid("parent", "company.parentCycle", slug);
            }
        }
        this.parent = parent;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = nativeName;
    }

    public Company getParent() {
        return parent;
    }

    public Sector getSector() {
        return sector;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public String getOriginCity() {
        return originCity;
    }

    public void setOrigin(String country, String city) {
        this.originCountry = country;
        this.originCity = city;
    }

    public String getGlobalHq() {
        return globalHq;
    }

    public void setGlobalHq(String globalHq) {
        this.globalHq = globalHq;
    }

    public Integer getFoundedYear() {
        return foundedYear;
    }

    public void setFoundedYear(Integer foundedYear) {
        this.foundedYear = foundedYear;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
