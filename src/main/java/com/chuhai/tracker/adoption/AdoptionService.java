package com.chuhai.tracker.adoption;

import com.chuhai.tracker.company.Company;
import com.chuhai.tracker.provider.CloudProvider;
import com.chuhai.tracker.region.Region;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.PreciseDate;
import com.chuhai.tracker.shared.RuleViolationException;
import com.chuhai.tracker.source.Source;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rules that change adoptions on behalf of other features. */
@Service
public class AdoptionService {

    private final AdoptionRepository adoptions;

    AdoptionService(AdoptionRepository adoptions) {
        this.adoptions = adoptions;
    }

    /**
     * Moves a company's workloads in a region from one provider to another on a date: ends its open
     * adoptions of {@code from} there and opens one of {@code to} from that date. Nothing is opened
     * when the destination was not disclosed ({@code to} null), nor when the company already has an
     * open adoption of {@code to} in that region. Runs inside the caller's transaction, so that a
     * failure anywhere undoes all of it.
     *
     * @throws RuleViolationException when the company has no open adoption of {@code from} there, or
     *     the date falls before such an adoption started
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProviderSwitch switchProvider(
            Company company,
            Region region,
            CloudProvider from,
            CloudProvider to,
            PreciseDate on,
            Confidence confidence,
            Collection<Source> sources) {
        List<Adoption> open = adoptions.findOpen(company, from, region);
        if (open.isEmpty()) {
            throw new RuleViolationException(
                    "%s has no adoption of %s in %s still in use, so there is nothing to migrate from"
                            .formatted(company.getSlug(), from.getSlug(), region.getCode()));
        }
        open.forEach(adoption -> adoption.end(on));
        if (to == null || !adoptions.findOpen(company, to, region).isEmpty()) {
            return new ProviderSwitch(open, Optional.empty());
        }
        Adoption opened = new Adoption(company, to, region, on, open.get(0).getWorkload(), confidence);
        opened.addSources(sources);
        return new ProviderSwitch(open, Optional.of(adoptions.save(opened)));
    }
}
