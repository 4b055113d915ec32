package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.adoption.AdoptionRequest;
import com.chuhai.tracker.adoption.AdoptionService;
import com.chuhai.tracker.importing.BeanChecks;
import com.chuhai.tracker.migration.MigrationRequest;
import com.chuhai.tracker.migration.MigrationService;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.source.SourceRequest;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records a correction may change, seen as the adoptions' and migrations' APIs take them: a
 * record's request as it stands, that request with one field corrected and the correction's sources
 * added, and the corrected request saved through the records' own service.
 */
@Component
class CorrectionTargets {

    /** A correction may change any field of its record's request but these. */
    private static final Set<String> FIXED_FIELDS = Set.of("company", "sources", "version", "datePrecision");

    private final AdoptionService adoptions;
    private final MigrationService migrations;
    private final Validator validator;
    private final JsonMapper json;

    CorrectionTargets(AdoptionService adoptions, MigrationService migrations, Validator validator, JsonMapper json) {
        this.adoptions = adoptions;
        this.migrations = migrations;
        this.validator = validator;
        this.json = json;
    }

    /**
     * The record's request as recorded now; an unknown record is a field error on {@code field} when
     * one is named (a reader's suggestion), else a 404.
     */
    ObjectNode current(Target target, String field) {
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
        ObjectNode current = current(target, null);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : correctableFields(current)) {
            values.put(field, text(current.get(field)));
        }
        return new CorrectableRecord(
                target.path(), target.adoptions(), current.get("company").asString(), values);
    }

    /** A record a reader may correct: its fields (in the API's names) and their recorded values, null when empty. */
    record CorrectableRecord(String target, boolean adoption, String company, Map<String, String> values) {}

    /** A field's value as a correction states it: its text, null when empty. */
    static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asString();
    }

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
    ObjectNode corrected(ObjectNode current, String field, String value, List<SourceRequest> sources) {
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

    /** Saves the corrected request through the record's own service, by the same rules as its API. */
    void replace(Target target, ObjectNode corrected) {
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

    /** A correction's sources as stored with it. */
    List<SourceRequest> sourcesOf(Suggestion suggestion) {
        return suggestion.getSources() == null
                ? List.of()
                : List.of(json.readValue(suggestion.getSources(), SourceRequest[].class));
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
