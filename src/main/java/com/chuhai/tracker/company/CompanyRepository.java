package com.chuhai.tracker.company;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, Long>, JpaSpecificationExecutor<Company> {

    Optional<Company> findBySlug(String slug);

    @Query("select c from Company c left join fetch c.parent where c.slug = :slug")
    Optional<Company> findWithParentBySlug(String slug);

    @Query("select new com.chuhai.tracker.company.CompanyLink(c.slug, c.name) from Company c"
            + " where c.parent = :company order by c.name")
    List<CompanyLink> subsidiariesOf(Company company);
}
