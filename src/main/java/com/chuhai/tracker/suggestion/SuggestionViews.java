package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.adoption.AdoptionResponse;
import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.migration.MigrationPreview;
import com.chuhai.tracker.migration.MigrationRequest;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.suggestion.CorrectionTargets.Target;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Suggestions as people see them: the editors' queue beside what is recorded now and what accepting
 * would change, a reader's receipt, and the public list of what editors accepted (as it was applied,
 * never who sent it).
 */
@Service
class SuggestionViews {

    private static final TypeReference<Map<String, Object>> REQUEST = new TypeReference<>() {};

    private final SuggestionRepository suggestions;
    private final CorrectionTargets targets;
    private final Rehearsal rehearsal;
    private final AdoptionService adoptions;
    private final MigrationService migrations;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SuggestionViews(
            SuggestionRepository suggestions,
            CorrectionTargets targets,
            Rehearsal rehearsal,
            AdoptionService adoptions,
            MigrationService migrations,
            JsonMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.suggestions = suggestions;
        this.targets = targets;
        this.rehearsal = rehearsal;
        this.adoptions = adoptions;
        this.migrations = migrations;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * The suggestions accepted in the last {@value SuggestionService#LATELY_DAYS} days, newest first,
     * as the public sees them: what was recorded, with its sources.
     */
    List<AcceptedSuggestion> acceptedLately() {
        Instant since = Instant.now(clock).minus(Duration.ofDays(SuggestionService.LATELY_DAYS));
        return transactions.execute(status ->
                suggestions.findByStatusAndDecidedAtAfterOrderByDecidedAtDesc(SuggestionStatus.ACCEPTED, since).stream()
                        .map(s -> {
                            SuggestionResponse view = view(s);
                            return new AcceptedSuggestion(
                                    s.getKind(),
                                    s.getCompanySlug(),
                                    s.getResult(),
                                    view.recorded(),
                                    view.target(),
                                    s.getField(),
                                    view.recordedValue(),
                                    s.getDecidedAt(),
                                    view.evidence());
                        })
                        .toList());
    }

    /** An accepted suggestion in public: what it recorded and its sources, never who sent it. */
    record AcceptedSuggestion(
            SuggestionKind kind,
            String company,
            String result,
            Map<String, Object> proposal,
            String target,
            String field,
            String value,
            Instant decidedAt,
            List<SuggestionResponse.SuggestedSource> sources) {}

    /** What a reader may know of their suggestion at its private address. */
    SuggestionReceipt receipt(String trackingId) {
        return SuggestionReceipt.of(suggestions.require(trackingId));
    }

    /** The queue as editors see it, newest first within the filter. */
    Page<SuggestionResponse> queue(SuggestionFilter filter, Pageable pageable) {
        return transactions.execute(status ->
                suggestions.findAll(filter.toSpecification(), pageable).map(this::view));
    }

    SuggestionResponse get(String trackingId) {
        return transactions.execute(status -> view(suggestions.require(trackingId)));
    }

    /**
     * What accepting a new suggestion of a fact would change as the data stands now: the company's
     * adoptions in use today, what a migration would end and open, or why accepting would be refused
     * (a dry run through the services, as when it was submitted); null for a correction or a decided one.
     */
    Consequences consequences(SuggestionResponse suggestion) {
        if (suggestion.kind() == SuggestionKind.CORRECTION
                || suggestion.status() != SuggestionStatus.NEW
                || suggestion.company() == null) {
            return null;
        }
        List<AdoptionResponse> inUse = adoptions.inUse(suggestion.company(), LocalDate.now(clock));
        try {
            if (suggestion.kind() == SuggestionKind.ADOPTION) {
                AdoptionRequest adoption = json.convertValue(suggestion.proposal(), AdoptionRequest.class);
                rehearsal.tryOut("adoption", () -> adoptions.create(adoption));
                return new Consequences(inUse, null, null);
            }
            MigrationRequest migration = json.convertValue(suggestion.proposal(), MigrationRequest.class);
            return new Consequences(inUse, migrations.preview(migration), null);
        } catch (DomainException refused) {
            return new Consequences(inUse, null, refused);
        }
    }

    /** See {@link #consequences}: {@code preview} for a migration, {@code refusal} when it would be refused. */
    record Consequences(List<AdoptionResponse> inUse, MigrationPreview preview, DomainException refusal) {}

    private SuggestionResponse view(Suggestion suggestion) {
        String currentValue = null;
        Long currentVersion = null;
        boolean stale = false;
        // What is recorded now matters only while an editor may still apply the correction.
        if (suggestion.getKind() == SuggestionKind.CORRECTION && suggestion.getStatus() == SuggestionStatus.NEW) {
            try {
                ObjectNode current = targets.current(Target.parse(suggestion.getTarget()), null);
                currentValue = CorrectionTargets.text(current.get(suggestion.getField()));
                currentVersion = current.get("version").asLong();
                stale = currentVersion != suggestion.getTargetVersion().longValue();
            } catch (DomainException e) {
                stale = true;
            }
        }
        return SuggestionResponse.of(
                suggestion,
                request(suggestion.getProposal()),
                request(suggestion.getApplied()),
                targets.sourcesOf(suggestion),
                currentValue,
                stale,
                currentVersion);
    }

    private Map<String, Object> request(String stored) {
        return stored == null ? null : json.readValue(stored, REQUEST);
    }
}
