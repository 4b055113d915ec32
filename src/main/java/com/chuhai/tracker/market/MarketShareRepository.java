package com.chuhai.tracker.market;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MarketShareRepository
        extends JpaRepository<MarketShare, Long>, JpaSpecificationExecutor<MarketShare> {}
