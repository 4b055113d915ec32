package com.chuhai.tracker.shared;

import com.chuhai.tracker.shared.change.DataChangeListener;
import com.chuhai.tracker.shared.change.DataChanges;
import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Surrogate key, audit columns filled by JPA auditing, and a version for optimistic locking. Every
 * write of a subclass tells {@link DataChanges} that the data changed (so caches drop), unless the
 * subclass excludes the superclass listeners (user accounts do).
 */
@MappedSuperclass
@Audited
@EntityListeners({AuditingEntityListener.class, DataChangeListener.class})
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @CreatedBy
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @LastModifiedBy
    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    /**
     * Refuses a change based on a stale read: the client sends the version it read, and a record
     * changed since then is not overwritten.
     */
    public void checkVersion(Long expected) {
        if (expected == null) {
            throw DomainException.invalid("version", "version.required");
        }
        if (expected != version) {
            throw DomainException.conflict("version.stale", expected, version);
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
