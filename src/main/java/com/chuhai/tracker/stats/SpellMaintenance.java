package com.chuhai.tracker.stats;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.provider.CloudProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.type.Type;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Keeps {@link Spells} in step with the adoptions and companies they derive from, in the writing
 * transaction. A Hibernate interceptor notes the company of every adoption inserted, updated or
 * deleted (its sources included) and of every company updated, and every provider whose country (so
 * origin) changed; after each flush, once the changes
 * are in the database, it recomputes those companies' spells on the same connection. So a statistic
 * read later in the same transaction, or after the commit, sees them; a rolled-back write takes its
 * spells with it. After Flyway applies a migration (which may ship facts in SQL), every spell is
 * rebuilt.
 */
@Configuration(proxyBeanMethods = false)
class SpellMaintenance {

    @Bean
    HibernatePropertiesCustomizer spellInterceptor(Spells spells) {
        Interceptor interceptor = new CompaniesWritten(spells);
        return properties -> properties.put(AvailableSettings.INTERCEPTOR, interceptor);
    }

    @Bean
    Callback spellsAfterMigrations() {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE_APPLIED;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                Connection connection = context.getConnection();
                try {
                    boolean autoCommit = connection.getAutoCommit();
                    connection.setAutoCommit(false);
                    new Spells(new SingleConnectionDataSource(connection, true)).rebuildAll();
                    connection.commit();
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException e) {
                    throw new IllegalStateException(
                            "Could not rebuild the statistics spells after migrating: " + e.getMessage(), e);
                }
            }

            @Override
            public String getCallbackName() {
                return "statistics spells";
            }
        };
    }

    /** Notes the companies whose adoptions or own fields a session writes; refreshes them after flush. */
    static final class CompaniesWritten implements Interceptor {

        private final Spells spells;
        private final ThreadLocal<Set<Long>> written = ThreadLocal.withInitial(HashSet::new);
        private final ThreadLocal<Set<Long>> providers = ThreadLocal.withInitial(HashSet::new);

        CompaniesWritten(Spells spells) {
            this.spells = spells;
        }

        @Override
        public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
            note(entity);
            return false;
        }

        @Override
        public boolean onFlushDirty(
                Object entity, Object id, Object[] state, Object[] previous, String[] names, Type[] types) {
            note(entity);
            if (previous != null) {
                for (int i = 0; i < names.length; i++) {
                    if (entity instanceof Adoption
                            && "company".equals(names[i])
                            && previous[i] instanceof Company before) {
                        written.get().add(before.getId());
                    }
                    if (entity instanceof CloudProvider
                            && "country".equals(names[i])
                            && !Objects.equals(previous[i], state[i])) {
                        providers.get().add((Long) id);
                    }
                }
            }
            return false;
        }

        @Override
        public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
            note(entity);
        }

        @Override
        public void onCollectionRecreate(Object collection, Object key) {
            noteOwner(collection);
        }

        @Override
        public void onCollectionRemove(Object collection, Object key) {
            noteOwner(collection);
        }

        @Override
        public void onCollectionUpdate(Object collection, Object key) {
            noteOwner(collection);
        }

        @Override
        public void postFlush(Iterator<Object> entities) {
            Set<Long> changedProviders = providers.get();
            if (!changedProviders.isEmpty()) {
                Set<Long> now = Set.copyOf(changedProviders);
                changedProviders.clear();
                now.forEach(spells::refreshProvider);
            }
            Set<Long> companies = written.get();
            if (!companies.isEmpty()) {
                Set<Long> now = Set.copyOf(companies);
                companies.clear();
                spells.refresh(now);
            }
        }

        @Override
        public void afterTransactionCompletion(Transaction tx) {
            written.remove();
            providers.remove();
        }

        private void noteOwner(Object collection) {
            if (collection instanceof PersistentCollection<?> persistent) {
                note(persistent.getOwner());
            }
        }

        private void note(Object entity) {
            if (entity instanceof Adoption adoption && adoption.getCompany() != null) {
                written.get().add(adoption.getCompany().getId());
            } else if (entity instanceof Company company && company.getId() != null) {
                written.get().add(company.getId());
            }
        }
    }
}
