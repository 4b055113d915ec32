package com.chuhai.tracker.support;

import com.chuhai.tracker.adoption.Adoption;
import com.chuhai.tracker.adoption.AdoptionRepository;
import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.company.CompanyRepository;
import com.chuhai.tracker.company.Sector;
import com.chuhai.tracker.migration.Migration;
import com.chuhai.tracker.migration.MigrationReason;
import com.chuhai.tracker.migration.MigrationRepository;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.provider.CloudProviderRepository;
import com.chuhai.tracker.provider.ProviderKind;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.region.RegionCategory;
import com.chuhai.tracker.region.RegionRepository;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.source.Source;
import com.chuhai.tracker.source.SourceRepository;
import com.chuhai.tracker.user.AppUser;
import com.chuhai.tracker.user.AppUserRepository;
import com.chuhai.tracker.user.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds rows for a test through the repositories. Slugs and codes are unique per call, so tests never
 * collide with each other, with earlier runs or with the shipped facts.
 */
@TestComponent
public class TestData {

    private final CloudProviderRepository providers;
    private final RegionRepository regions;
    private final CompanyRepository companies;
    private final SourceRepository sources;
    private final AdoptionRepository adoptions;
    private final MigrationRepository migrations;
    private final AppUserRepository users;
    private final PasswordEncoder encoder;

    TestData(
            CloudProviderRepository providers,
            RegionRepository regions,
            CompanyRepository companies,
            SourceRepository sources,
            AdoptionRepository adoptions,
            MigrationRepository migrations,
            AppUserRepository users,
            PasswordEncoder encoder) {
        this.providers = providers;
        this.regions = regions;
        this.companies = companies;
        this.sources = sources;
        this.adoptions = adoptions;
        this.migrations = migrations;
        this.users = users;
        this.encoder = encoder;
    }

    /** A user with this role and a password of its own, to sign in with. */
    public Login user(Role role) {
        String username = unique(role.name().toLowerCase(java.util.Locale.ROOT));
        String password = UUID.randomUUID().toString();
        users.saveAndFlush(new AppUser(username, encoder.encode(password), role));
        return new Login(username, password);
    }

    /** Credentials for HTTP Basic. */
    public record Login(String username, String password) {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public CloudProvider provider(String country) {
        return provider(unique("provider"), country);
    }

    public CloudProvider provider(String name, String country) {
        return providers.saveAndFlush(new CloudProvider(unique("provider"), name, ProviderKind.PUBLIC_CLOUD, country));
    }

    public Region region() {
        return region(RegionCategory.OTHER);
    }

    public Region region(RegionCategory category) {
        String code = unique("r");
        return regions.saveAndFlush(new Region(code, "Region " + code, null, category));
    }

    public Company company(Sector sector, Integer foundedYear) {
        return company(unique("Company"), sector, foundedYear);
    }

    public Company company(String name, Sector sector, Integer foundedYear) {
        Company company = new Company(unique("company"), name, sector);
        company.setFoundedYear(foundedYear);
        return companies.saveAndFlush(company);
    }

    public Company setParent(Company company, Company parent) {
        company.setParent(parent);
        return companies.saveAndFlush(company);
    }

    public Source source() {
        return sources.saveAndFlush(new Source(
                "https://example.org/" + unique("article"), "An article", "Example News", PreciseDate.year(2022)));
    }

    /** An adoption backed by one source; {@code start} null = not reported, {@code end} null = in use. */
    public Adoption adoption(
            Company company, CloudProvider provider, Region region, PreciseDate start, PreciseDate end) {
        Adoption adoption = newAdoption(company, provider, region, start, end);
        adoption.addSources(List.of(source()));
        return adoptions.saveAndFlush(adoption);
    }

    public Adoption unsourcedAdoption(
            Company company, CloudProvider provider, Region region, PreciseDate start, PreciseDate end) {
        return adoptions.saveAndFlush(newAdoption(company, provider, region, start, end));
    }

    private static Adoption newAdoption(
            Company company, CloudProvider provider, Region region, PreciseDate start, PreciseDate end) {
        Adoption adoption = new Adoption(company, provider, region, start, "test workload", Confidence.REPORTED);
        if (end != null) {
            adoption.end(end);
        }
        return adoption;
    }

    /** A migration backed by one source, saved as is, without moving adoptions (for counting flows). */
    public Migration migration(
            Company company,
            Region region,
            CloudProvider from,
            CloudProvider to,
            PreciseDate announced,
            MigrationStatus status) {
        PreciseDate completed = status == MigrationStatus.COMPLETED ? announced : null;
        Migration migration = new Migration(
                company,
                Migration.Move.within(region),
                from,
                to,
                announced,
                completed,
                status,
                MigrationReason.OTHER,
                Confidence.REPORTED);
        migration.addSources(List.of(source()));
        return migrations.saveAndFlush(migration);
    }

    /** A relocation between two regions backed by one source, saved as is, without moving adoptions. */
    public Migration relocation(
            Company company,
            Region from,
            Region to,
            CloudProvider fromProvider,
            CloudProvider toProvider,
            PreciseDate announced,
            MigrationStatus status) {
        PreciseDate completed = status == MigrationStatus.COMPLETED ? announced : null;
        Migration migration = new Migration(
                company,
                new Migration.Move(from, to),
                fromProvider,
                toProvider,
                announced,
                completed,
                status,
                MigrationReason.GEOPOLITICS_COMPLIANCE,
                Confidence.REPORTED);
        migration.addSources(List.of(source()));
        return migrations.saveAndFlush(migration);
    }
}
