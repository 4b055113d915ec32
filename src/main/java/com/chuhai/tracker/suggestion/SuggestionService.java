package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.history.RevisionNote;
import com.chuhai.tracker.migration.MigrationRequest;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.SourceRequest;
import com.chuhai.tracker.suggestion.CorrectionTargets.Target;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes readers' suggestions and editors' decisions. A suggestion is checked by every rule the
 * adoptions' and migrations' APIs apply, by doing what it proposes through their services in a
 * transaction that is then rolled back ({@link Rehearsal}): the rules live there once, and a
 * suggestion that would be refused is refused now, with the same field errors. An accepted one is
 * done for real through the same services, in one transaction with its decision, the revision citing
 * the suggestion, and what was applied is kept with it. {@link SuggestionViews} shows them.
 */
@Service
public class SuggestionService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The dashboard counts, and the public list shows, the suggestions accepted in this many last days. */
    public static final int LATELY_DAYS = 30;

    private final SuggestionRepository suggestions;
    private final CorrectionTargets targets;
    private final Rehearsal rehearsal;
    private final AdoptionService adoptions;
    private final MigrationService migrations;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter receivedCount;
    private final Counter refusedCount;
    private final Counter acceptedCount;
    private final Counter rejectedCount;

    SuggestionService(
            SuggestionRepository suggestions,
            CorrectionTargets targets,
            Rehearsal rehearsal,
            AdoptionService adoptions,
            MigrationService migrations,
            JsonMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MeterRegistry meters) {
        this.suggestions = suggestions;
        this.targets = targets;
        this.rehearsal = rehearsal;
        this.adoptions = adoptions;
        this.migrations = migrations;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.receivedCount = outcome(meters, "received");
        this.refusedCount = outcome(meters, "refused");
        this.acceptedCount = outcome(meters, "accepted");
        this.rejectedCount = outcome(meters, "rejected");
    }

    private static Counter outcome(MeterRegistry meters, String outcome) {
        return Counter.builder("app.suggestions")
                .tag("outcome", outcome)
                .description("Readers' suggestions by outcome: received (queued), refused by the rules (nothing"
                        + " stored), accepted or rejected by an editor")
                .register(meters);
    }

    /** Checks a reader's suggestion as the editor would apply it, then queues it; nothing is public yet. */
    SuggestionReceipt submit(SuggestionRequest request) {
        try {
            SuggestionReceipt receipt = check(request);
            receivedCount.increment();
            return receipt;
        } catch (DomainException e) {
            refusedCount.increment();
            throw e;
        }
    }

    private SuggestionReceipt check(SuggestionRequest request) {
        if (request.homepage() != null && !request.homepage().isBlank()) {
            throw DomainException.invalid("homepage", "suggestion.honeypot");
        }
        Suggestion suggestion = switch (request.kind()) {
            case ADOPTION -> {
                AdoptionRequest adoption = required(request.adoption(), "adoption");
                requireSources(adoption.sources(), "adoption.sources");
                rehearsal.tryOut("adoption", () -> adoptions.create(adoption));
                Suggestion s = newSuggestion(request, adoption.company());
                s.propose(json.writeValueAsString(adoption));
                yield s;
            }
            case MIGRATION -> {
                MigrationRequest migration = required(request.migration(), "migration");
                requireSources(migration.sources(), "migration.sources");
                rehearsal.tryOut("migration", () -> migrations.create(migration));
                Suggestion s = newSuggestion(request, migration.company());
                s.propose(json.writeValueAsString(migration));
                yield s;
            }
            case CORRECTION -> {
                Target target = Target.parse(required(request.target(), "target"));
                String field = required(request.field(), "field");
                requireSources(request.sources(), "sources");
                ObjectNode current = targets.current(target, "target");
                ObjectNode corrected = targets.corrected(current, field, request.value(), request.sources());
                rehearsal.tryOut(null, () -> targets.replace(target, corrected));
                Suggestion s = newSuggestion(request, current.get("company").asString());
                s.correct(
                        target.path(),
                        field,
                        request.value(),
                        current.get("version").asLong(),
                        json.writeValueAsString(request.sources()));
                yield s;
            }
        };
        return SuggestionReceipt.of(suggestions.saveAndFlush(suggestion));
    }

    /** How many suggestions wait for an editor, for the admin's home page. */
    public long waitingCount() {
        return suggestions.countByStatus(SuggestionStatus.NEW);
    }

    /** How many suggestions editors accepted in the last {@value #LATELY_DAYS} days, for the dashboard's footer. */
    public long acceptedLatelyCount() {
        return suggestions.countByStatusAndDecidedAtAfter(
                SuggestionStatus.ACCEPTED, Instant.now(clock).minus(Duration.ofDays(LATELY_DAYS)));
    }

    /** A suggested adoption or migration as its proposed request, for an editor to edit before accepting it. */
    <T> T proposal(String trackingId, SuggestionKind kind, Class<T> request) {
        Suggestion suggestion = suggestions.require(trackingId);
        if (suggestion.getKind() != kind) {
            throw DomainException.notFound("suggestion", trackingId);
        }
        if (suggestion.getStatus() != SuggestionStatus.NEW) {
            throw DomainException.conflict("suggestion.closed", suggestion.getStatus());
        }
        return json.readValue(suggestion.getProposal(), request);
    }

    /**
     * Applies a suggestion, as suggested or with the editor's edits, in one transaction with its
     * decision, and keeps what was applied; a correction of a record changed since the reader read it
     * is applied only when the editor confirms the record's current version.
     */
    SuggestionReceipt accept(String trackingId, AcceptRequest edits, String editor) {
        AcceptRequest accepted = edits == null ? AcceptRequest.AS_SUGGESTED : edits;
        SuggestionReceipt receipt = RevisionNote.during(
                "suggestion " + trackingId,
                () -> transactions.execute(status -> {
                    Suggestion suggestion = open(trackingId);
                    Instant now = Instant.now(clock);
                    switch (suggestion.getKind()) {
                        case ADOPTION -> {
                            AdoptionRequest adoption = accepted.adoption() != null
                                    ? accepted.adoption()
                                    : json.readValue(suggestion.getProposal(), AdoptionRequest.class);
                            requireSources(adoption.sources(), "adoption.sources");
                            long id = Rehearsal.prefixed("adoption", () -> adoptions.create(adoption))
                                    .id();
                            suggestion.accept(editor, now, "adoptions/" + id, json.writeValueAsString(adoption), null);
                        }
                        case MIGRATION -> {
                            MigrationRequest migration = accepted.migration() != null
                                    ? accepted.migration()
                                    : json.readValue(suggestion.getProposal(), MigrationRequest.class);
                            requireSources(migration.sources(), "migration.sources");
                            long id = Rehearsal.prefixed("migration", () -> migrations.create(migration))
                                    .id();
                            suggestion.accept(
                                    editor, now, "migrations/" + id, json.writeValueAsString(migration), null);
                        }
                        case CORRECTION -> {
                            Target target = Target.parse(suggestion.getTarget());
                            ObjectNode current = targets.current(target, null);
                            long version = current.get("version").asLong();
                            if (version != suggestion.getTargetVersion()
                                    && (accepted.version() == null || accepted.version() != version)) {
                                throw DomainException.conflict(
                                        "suggestion.stale", target.path(), suggestion.getTargetVersion(), version);
                            }
                            String value = accepted.value() != null ? accepted.value() : suggestion.getValue();
                            ObjectNode corrected = targets.corrected(
                                    current, suggestion.getField(), value, targets.sourcesOf(suggestion));
                            Rehearsal.prefixed(null, () -> {
                                targets.replace(target, corrected);
                                return null;
                            });
                            suggestion.accept(editor, now, target.path(), null, value);
                        }
                    }
                    return SuggestionReceipt.of(suggestion);
                }));
        acceptedCount.increment();
        return receipt;
    }

    SuggestionReceipt reject(String trackingId, String reason, String editor) {
        SuggestionReceipt receipt = transactions.execute(status -> {
            Suggestion suggestion = open(trackingId);
            suggestion.reject(editor, Instant.now(clock), reason.strip());
            return SuggestionReceipt.of(suggestion);
        });
        rejectedCount.increment();
        return receipt;
    }

    private Suggestion open(String trackingId) {
        Suggestion suggestion = suggestions
                .lockByTrackingId(trackingId)
                .orElseThrow(() -> DomainException.notFound("suggestion", trackingId));
        if (suggestion.getStatus() != SuggestionStatus.NEW) {
            throw DomainException.conflict("suggestion.closed", suggestion.getStatus());
        }
        return suggestion;
    }

    private Suggestion newSuggestion(SuggestionRequest request, String company) {
        return new Suggestion(
                newTrackingId(),
                request.kind(),
                company,
                blankToNull(request.note()),
                blankToNull(request.email()),
                Instant.now(clock));
    }

    /** 128 random bits, URL-safe: the reader's key to the outcome, not to be guessed. */
    private static String newTrackingId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static <T> T required(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw DomainException.invalid(field, "suggestion.required");
        }
        return value;
    }

    private static void requireSources(List<SourceRequest> sources, String field) {
        if (sources == null || sources.isEmpty()) {
            throw DomainException.invalid(field, "suggestion.sourceRequired");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
