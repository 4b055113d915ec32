package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.adoption.AdoptionResponse;
import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.history.RevisionNote;
import com.chuhai.tracker.importing.BeanChecks;
import com.chuhai.tracker.migration.MigrationRequest;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.SourceRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes readers' suggestions and editors' decisions. A suggestion is checked by every rule the
 * adoptions' and migrations' APIs apply, by doing what it proposes through their services in a
 * transaction that is then rolled back: the rules live there once, and a suggestion that would be
 * refused is refused now, with the same field errors. An accepted one is done for real through the
 * same services, in one transaction with its decision, the revision citing the suggestion.
 */
@Service
public class SuggestionService {

    /** A correction may change any field of its record's request but these. */
    private static final Set<String> FIXED_FIELDS = Set.of("company", "sources", "version", "datePrecision");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The dashboard counts, and the public list shows, the suggestions accepted in this many last days. */
    public static final int LATELY_DAYS = 30;

    private static final TypeReference<Map<String, Object>> PROPOSAL = new TypeReference<>() {};

    private final SuggestionRepository suggestions;
    private final AdoptionService adoptions;
    private final MigrationService migrations;
    private final Validator validator;
    private final JsonMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter receivedCount;
    private final Counter refusedCount;
    private final Counter acceptedCount;
    private final Counter rejectedCount;

    SuggestionService(
            SuggestionRepository suggestions,
            AdoptionService adoptions,
            MigrationService migrations,
            Validator validator,
            JsonMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock,
            MeterRegistry meters) {
        this.suggestions = suggestions;
        this.adoptions = adoptions;
        this.migrations = migrations;
        this.validator = validator;
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
                tryOut("adoption", () -> adoptions.create(adoption));
                Suggestion s = newSuggestion(request, adoption.company());
                s.propose(json.writeValueAsString(adoption));
                yield s;
            }
            case MIGRATION -> {
                MigrationRequest migration = required(request.migration(), "migration");
                requireSources(migration.sources(), "migration.sources");
                tryOut("migration", () -> migrations.create(migration));
                Suggestion s = newSuggestion(request, migration.company());
                s.propose(json.writeValueAsString(migration));
                yield s;
            }
            case CORRECTION -> {
                Target target = Target.parse(required(request.target(), "target"));
                String field = required(request.field(), "field");
                requireSources(request.sources(), "sources");
                ObjectNode current = currentOf(target, "target");
                ObjectNode corrected = corrected(current, field, request.value(), request.sources());
                tryOut(null, () -> replace(target, corrected));
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
        return suggestions.countByStatusAndDecidedAtAfter(SuggestionStatus.ACCEPTED, latelySince());
    }

    /** The suggestions accepted in the last {@value #LATELY_DAYS} days, newest first, as the public sees them. */
    List<AcceptedSuggestion> acceptedLately() {
        Instant since = latelySince();
        return transactions.execute(status ->
                suggestions.findByStatusAndDecidedAtAfterOrderByDecidedAtDesc(SuggestionStatus.ACCEPTED, since).stream()
                        .map(s -> {
                            SuggestionResponse view = view(s);
                            return new AcceptedSuggestion(
                                    s.getKind(),
                                    s.getCompanySlug(),
                                    s.getResult(),
                                    view.proposal(),
                                    view.target(),
                                    s.getField(),
                                    view.value(),
                                    s.getDecidedAt(),
                                    view.evidence());
                        })
                        .toList());
    }

    private Instant latelySince() {
        return Instant.now(clock).minus(Duration.ofDays(LATELY_DAYS));
    }

    /** An accepted suggestion in public: what it changed and its sources, never who sent it. */
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
        return SuggestionReceipt.of(require(trackingId));
    }

    /** The queue as editors see it, newest first within the filter. */
    Page<SuggestionResponse> queue(SuggestionFilter filter, Pageable pageable) {
        return transactions.execute(status ->
                suggestions.findAll(filter.toSpecification(), pageable).map(this::view));
    }

    SuggestionResponse get(String trackingId) {
        return transactions.execute(status -> view(require(trackingId)));
    }

    /** A suggested adoption or migration as its proposed request, for an editor to edit before accepting it. */
    <T> T proposal(String trackingId, SuggestionKind kind, Class<T> request) {
        Suggestion suggestion = require(trackingId);
        if (suggestion.getKind() != kind) {
            throw DomainException.notFound("suggestion", trackingId);
        }
        if (suggestion.getStatus() != SuggestionStatus.NEW) {
            throw DomainException.conflict("suggestion.closed", suggestion.getStatus());
        }
        return json.readValue(suggestion.getProposal(), request);
    }

    /**
     * What accepting a new suggestion of a fact would change as the data stands now: the company's
     * adoptions in use today, what a migration would end and open, or why accepting would be refused
     * (a dry run through the services, like {@link #submit}); null for a correction or a decided one.
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
                tryOut("adoption", () -> adoptions.create(adoption));
                return new Consequences(inUse, null, null);
            }
            MigrationRequest migration = json.convertValue(suggestion.proposal(), MigrationRequest.class);
            return new Consequences(inUse, migrations.preview(migration), null);
        } catch (DomainException refused) {
            return new Consequences(inUse, null, refused);
        }
    }

    /** See {@link #consequences}: {@code preview} for a migration, {@code refusal} when it would be refused. */
    record Consequences(List<AdoptionResponse> inUse, MigrationService.Preview preview, DomainException refusal) {}

    /**
     * Applies a suggestion, as suggested or with the editor's edits, in one transaction with its
     * decision; a correction of a record changed since the reader read it is applied only when the
     * editor confirms the record's current version.
     */
    SuggestionReceipt accept(String trackingId, AcceptRequest edits, String editor) {
        AcceptRequest accepted = edits == null ? AcceptRequest.AS_SUGGESTED : edits;
        SuggestionReceipt receipt = RevisionNote.during(
                "suggestion " + trackingId,
                () -> transactions.execute(status -> {
                    Suggestion suggestion = open(trackingId);
                    String result = switch (suggestion.getKind()) {
                        case ADOPTION -> {
                            AdoptionRequest adoption = accepted.adoption() != null
                                    ? accepted.adoption()
                                    : json.readValue(suggestion.getProposal(), AdoptionRequest.class);
                            requireSources(adoption.sources(), "adoption.sources");
                            yield "adoptions/"
                                    + prefixed("adoption", () -> adoptions.create(adoption))
                                            .id();
                        }
                        case MIGRATION -> {
                            MigrationRequest migration = accepted.migration() != null
                                    ? accepted.migration()
                                    : json.readValue(suggestion.getProposal(), MigrationRequest.class);
                            requireSources(migration.sources(), "migration.sources");
                            yield "migrations/"
                                    + prefixed("migration", () -> migrations.create(migration))
                                            .id();
                        }
                        case CORRECTION -> {
                            Target target = Target.parse(suggestion.getTarget());
                            ObjectNode current = currentOf(target, null);
                            long version = current.get("version").asLong();
                            if (version != suggestion.getTargetVersion()
                                    && (accepted.version() == null || accepted.version() != version)) {
                                throw DomainException.conflict(
                                        "suggestion.stale", target.path(), suggestion.getTargetVersion(), version);
                            }
                            String value = accepted.value() != null ? accepted.value() : suggestion.getValue();
                            ObjectNode corrected =
                                    corrected(current, suggestion.getField(), value, sourcesOf(suggestion));
                            prefixed(null, () -> {
                                replace(target, corrected);
                                return null;
                            });
                            yield target.path();
                        }
                    };
                    suggestion.decide(SuggestionStatus.ACCEPTED, editor, Instant.now(clock), result, null);
                    return SuggestionReceipt.of(suggestion);
                }));
        acceptedCount.increment();
        return receipt;
    }

    SuggestionReceipt reject(String trackingId, String reason, String editor) {
        SuggestionReceipt receipt = transactions.execute(status -> {
            Suggestion suggestion = open(trackingId);
            suggestion.decide(SuggestionStatus.REJECTED, editor, Instant.now(clock), null, reason.strip());
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

    private Suggestion require(String trackingId) {
        return suggestions
                .findByTrackingId(trackingId)
                .orElseThrow(() -> DomainException.notFound("suggestion", trackingId));
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

    /**
     * Does {@code work} in a transaction that is rolled back whatever happens: what it would refuse
     * comes out as the API's field errors, under {@code prefix} (a correction's under {@code value}).
     */
    private void tryOut(String prefix, Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            prefixed(prefix, () -> {
                work.run();
                return null;
            });
        });
    }

    /** {@code work}'s field errors named as the suggestion's fields: {@code adoption.startDate}, or {@code value}. */
    private static <T> T prefixed(String prefix, Supplier<T> work) {
        try {
            return work.get();
        } catch (DomainException e) {
            throw e.renameFields(field -> prefix == null ? "value" : field == null ? prefix : prefix + "." + field);
        }
    }

    private ObjectNode currentOf(Target target, String field) {
        try {
            Object request = target.adoptions() ? adoptions.asRequest(target.id()) : migrations.asRequest(target.id());
            return (ObjectNode) json.valueToTree(request);
        } catch (DomainException e) {
            if (e.getStatusCode().value() == 404 && field != null) {
                throw DomainException.invalid(field, "suggestion.target.unknown", target.path());
            }
            throw e;
        }
    }

    /**
     * What a correction form shows of {@code path} ({@code adoptions/17}): its company and the fields a
     * correction may change with their recorded values; an unknown record is a 404.
     */
    CorrectableRecord correctable(String path) {
        if (path == null || !Target.PATTERN.matcher(path).matches()) {
            throw DomainException.notFound("suggestion", path);
        }
        Target target = Target.parse(path);
        ObjectNode current = currentOf(target, null);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : correctableFields(current)) {
            JsonNode value = current.get(field);
            values.put(field, value == null || value.isNull() ? null : value.asString());
        }
        return new CorrectableRecord(
                target.path(), target.adoptions(), current.get("company").asString(), values);
    }

    /** A record a reader may correct: its fields (in the API's names) and their recorded values, null when empty. */
    record CorrectableRecord(String target, boolean adoption, String company, Map<String, String> values) {}

    /** The fields of a record's request a correction may change: all but the company, sources and version. */
    private static List<String> correctableFields(ObjectNode current) {
        List<String> fields = new ArrayList<>();
        current.properties().forEach(entry -> {
            if (!FIXED_FIELDS.contains(entry.getKey())) {
                fields.add(entry.getKey());
            }
        });
        return fields;
    }

    /** The record's request with {@code field} set to {@code value} and the correction's sources added. */
    private ObjectNode corrected(ObjectNode current, String field, String value, List<SourceRequest> sources) {
        List<String> fields = correctableFields(current);
        if (!fields.contains(field)) {
            throw DomainException.invalid(
                    "field",
                    "suggestion.field.unknown",
                    field,
                    String.join(", ", fields.stream().sorted().toList()));
        }
        ObjectNode corrected = current.deepCopy();
        if (value == null || value.isBlank()) {
            corrected.putNull(field);
        } else {
            corrected.put(field, value.strip());
        }
        if (!corrected.path("sources").isArray()) {
            corrected.putArray("sources");
        }
        ArrayNode evidence = (ArrayNode) corrected.get("sources");
        Set<String> known = new HashSet<>();
        evidence.forEach(source -> known.add(source.path("url").asString()));
        for (SourceRequest source : sources) {
            if (known.add(source.url())) {
                evidence.add(json.valueToTree(source));
            }
        }
        return corrected;
    }

    private void replace(Target target, ObjectNode corrected) {
        if (target.adoptions()) {
            AdoptionRequest request = read(corrected, AdoptionRequest.class);
            BeanChecks.check(validator, request);
            adoptions.update(target.id(), request);
        } else {
            MigrationRequest request = read(corrected, MigrationRequest.class);
            BeanChecks.check(validator, request);
            migrations.update(target.id(), request);
        }
    }

    private <T> T read(JsonNode tree, Class<T> type) {
        try {
            return json.treeToValue(tree, type);
        } catch (JacksonException e) {
            throw DomainException.invalid("value", "suggestion.value.unreadable");
        }
    }

    private List<SourceRequest> sourcesOf(Suggestion suggestion) {
        return List.of(json.readValue(suggestion.getSources(), SourceRequest[].class));
    }

    private SuggestionResponse view(Suggestion suggestion) {
        Map<String, Object> proposal =
                suggestion.getProposal() == null ? null : json.readValue(suggestion.getProposal(), PROPOSAL);
        String currentValue = null;
        Long currentVersion = null;
        boolean stale = false;
        // What is recorded now matters only while an editor may still apply the correction.
        if (suggestion.getKind() == SuggestionKind.CORRECTION && suggestion.getStatus() == SuggestionStatus.NEW) {
            Target target = Target.parse(suggestion.getTarget());
            try {
                ObjectNode current = currentOf(target, null);
                JsonNode value = current.get(suggestion.getField());
                currentValue = value == null || value.isNull() ? null : value.asString();
                currentVersion = current.get("version").asLong();
                stale = currentVersion != suggestion.getTargetVersion().longValue();
            } catch (DomainException e) {
                stale = true;
            }
        }
        return SuggestionResponse.of(
                suggestion,
                proposal,
                suggestion.getSources() == null ? List.of() : sourcesOf(suggestion),
                currentValue,
                stale,
                currentVersion);
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

    /** A correction's record: {@code adoptions/17} or {@code migrations/5}. */
    record Target(String collection, long id) {

        /** As {@link SuggestionRequest#target()} is checked. */
        static final Pattern PATTERN = Pattern.compile("(adoptions|migrations)/[1-9][0-9]{0,17}");

        static Target parse(String path) {
            String[] parts = path.split("/");
            return new Target(parts[0], Long.parseLong(parts[1]));
        }

        boolean adoptions() {
            return collection.equals("adoptions");
        }

        String path() {
            return collection + "/" + id;
        }
    }
}
