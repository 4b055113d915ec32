package com.chuhai.tracker.provider;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface CloudProviderRepository
        extends JpaRepository<CloudProvider, Long>, JpaSpecificationExecutor<CloudProvider> {

    Optional<CloudProvider> findBySlug(String slug);
}
