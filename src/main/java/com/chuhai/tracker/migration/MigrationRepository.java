package com.chuhai.tracker.migration;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MigrationRepository extends JpaRepository<Migration, Long> {}
