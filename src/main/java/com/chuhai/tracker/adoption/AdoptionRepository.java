package com.chuhai.tracker.adoption;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AdoptionRepository extends JpaRepository<Adoption, Long>, JpaSpecificationExecutor<Adoption> {

    @Query("""
            select a from Adoption a
            where a.company = :company and a.provider = :provider and a.region = :region and a.endDate is null
            order by a.id""")
    List<Adoption> findOpen(Company company, CloudProvider provider, Region region);

    @Query("""
            select a from Adoption a
            where a.company = :company and a.provider is null and a.region = :region and a.endDate is null
            order by a.id""")
    List<Adoption> findOpenUndisclosed(Company company, Region region);
}
