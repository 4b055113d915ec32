package com.chuhai.tracker.provider;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CloudProviderRepository extends JpaRepository<CloudProvider, Long> {}
