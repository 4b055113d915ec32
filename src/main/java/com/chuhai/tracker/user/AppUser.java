package com.chuhai.tracker.user;

import com.chuhai.tracker.shared.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ExcludeSuperclassListeners;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Someone who may sign in. Only a password hash is kept. Accounts are not facts: changing one is
 * audited like the rest (its versions kept by Envers, the hash left out) but leaves the statistics
 * caches alone (no {@code DataChangeListener}).
 */
@Entity
@Audited
@Table(name = "app_user")
@ExcludeSuperclassListeners
@EntityListeners(AuditingEntityListener.class)
public class AppUser extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String username;

    /** Never copied into the audit trail. */
    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Set for a generated password, which its owner must replace before doing anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected AppUser() {}

    public AppUser(String username, String passwordHash, Role role) {
        this.username = normalise(username);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
    }

    /** Usernames are compared without regard to case. */
    static String normalise(String username) {
        return Objects.requireNonNull(username, "username").trim().toLowerCase(Locale.ROOT);
    }

    void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.mustChangePassword = false;
    }

    /** The password was generated: its owner must choose one at their first sign-in. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void changeRole(Role role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
