package com.chuhai.tracker.provider;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CloudProviderRepository extends JpaRepository<CloudProvider, Long> {

    Optional<CloudProvider> findBySlug(String slug);
}
