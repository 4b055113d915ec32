package com.chuhai.tracker.market;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MarketShareRepository extends JpaRepository<MarketShare, Long> {}
