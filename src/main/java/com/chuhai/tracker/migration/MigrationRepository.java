package com.chuhai.tracker.migration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MigrationRepository extends JpaRepository<Migration, Long>, JpaSpecificationExecutor<Migration> {}
