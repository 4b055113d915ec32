package com.chuhai.tracker.market;

import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.shared.AuditedEntity;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.Source;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Context from market trackers: a provider's share of a market in a period such as 2022-Q4. */
@Entity
@Table(name = "market_share")
public class MarketShare extends AuditedEntity {

    @Column(nullable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private MarketScope scope;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false)
    private CloudProvider provider;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal sharePercent;

    /** What the share is of, e.g. "% of IaaS (Gartner)". */
    private String measure;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    private Source source;

    protected MarketShare() {}

    public MarketShare(String period, MarketScope scope, CloudProvider provider, BigDecimal sharePercent) {
        this.period = Objects.requireNonNull(period, "period");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.sharePercent = checkedPercent(sharePercent);
    }

    /** Replaces what is known of this share, as an editor's correction. */
    public void revise(String period, MarketScope scope, CloudProvider provider, BigDecimal sharePercent) {
        this.period = Objects.requireNonNull(period, "period");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.sharePercent = checkedPercent(sharePercent);
    }

    private static BigDecimal checkedPercent(BigDecimal sharePercent) {
        Objects.requireNonNull(sharePercent, "sharePercent");
        if (sharePercent.signum() < 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid("sharePercent", "marketShare.percentRange", sharePercent);
        }
        return sharePercent;
    }

    public String getPeriod() {
        return period;
    }

    public MarketScope getScope() {
        return scope;
    }

    public CloudProvider getProvider() {
        return provider;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }

    public String getMeasure() {
        return measure;
    }

    public void setMeasure(String measure) {
        this.measure = measure;
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = source;
    }
}
