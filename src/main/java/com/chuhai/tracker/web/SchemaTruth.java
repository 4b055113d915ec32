package com.chuhai.tracker.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Makes the published schemas of the API's answers say what the answers hold, so that a null-strict
 * generated client reads every one: each property of an answer record is required (an answer always
 * carries it, null or not), and one whose record component is marked {@link Nullable} also allows
 * null ({@code type: [string, "null"]}; for an enumeration, null among its values; for a reference,
 * {@code anyOf} it and null). Request schemas are left alone: their optional fields may be left out.
 * Records are found by the name springdoc gives their schema (their simple name; a page of X is
 * {@code PageResponseX}). Request schemas do get the patterns of our own constraints ({@code @Slug}…).
 * {@code web/ApiSchemaConformanceTest} validates real answers against them.
 */
@Component
class SchemaTruth implements OpenApiCustomizer {

    private static final String BASE_PACKAGE = "com.chuhai.tracker";

    /** Records by simple name (two may share one: the schema's properties tell them apart). */
    private final Map<String, List<Class<?>>> records = new HashMap<>();

    SchemaTruth() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter((reader, factory) ->
                Record.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(
                    definition.getBeanClassName(), getClass().getClassLoader());
            records.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>())
                    .add(type);
        }
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().forEach((name, found) -> {
            @SuppressWarnings("unchecked")
            Schema<Object> schema = found;
            Class<?> type = recordFor(
                    name,
                    schema.getProperties() == null
                            ? Set.of()
                            : schema.getProperties().keySet());
            if (type == null || schema.getProperties() == null) {
                return;
            }
            publishPatterns(type, schema);
            if (name.endsWith("Request")) {
                return;
            }
            List<String> required = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String property = jsonName(component);
                Schema<?> described = (Schema<?>) schema.getProperties().get(property);
                if (described == null) {
                    continue;
                }
                required.add(property);
                if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                    schema.getProperties().put(property, orNull(described));
                }
            }
            schema.setRequired(required);
        });
    }

    /**
     * The pattern of each component whose constraint is made of a {@link Pattern} ({@code @Slug},
     * {@code @WebUrl}…), which springdoc does not look into.
     */
    private static void publishPatterns(Class<?> type, Schema<?> schema) {
        for (RecordComponent component : type.getRecordComponents()) {
            Schema<?> described = (Schema<?>) schema.getProperties().get(jsonName(component));
            if (described == null || described.getPattern() != null) {
                continue;
            }
            for (Annotation constraint : field(type, component).getAnnotations()) {
                Pattern pattern = constraint.annotationType().getAnnotation(Pattern.class);
                if (pattern != null) {
                    described.setPattern(pattern.regexp());
                }
            }
        }
    }

    private static Field field(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException("A record has a field per component", impossible);
        }
    }

    /** The record a schema describes: of its name, the one whose properties the schema lists. */
    private Class<?> recordFor(String schemaName, Set<String> properties) {
        List<Class<?>> candidates =
                records.getOrDefault(schemaName.startsWith("PageResponse") ? "PageResponse" : schemaName, List.of());
        for (Class<?> candidate : candidates) {
            Set<String> components = new HashSet<>();
            for (RecordComponent component : candidate.getRecordComponents()) {
                components.add(jsonName(component));
            }
            if (components.equals(properties)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The component's name in JSON: a {@link JsonProperty} on a record component is propagated to its
     * accessor and its field (the annotation cannot target the component itself), so it is read there.
     */
    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = field(component.getDeclaringRecord(), component).getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> orNull(Schema described) {
        if (described.get$ref() != null) {
            Schema either = new Schema<>().anyOf(List.of(described, new Schema<>().types(Set.of("null"))));
            either.setDescription(described.getDescription());
            return either;
        }
        Set<String> types = new LinkedHashSet<>();
        if (described.getTypes() != null) {
            types.addAll(described.getTypes());
        }
        if (types.isEmpty() && described.getType() != null) {
            types.add(described.getType());
        }
        types.add("null");
        described.setTypes(types);
        if (described.getEnum() != null && !described.getEnum().contains(null)) {
            List values = new ArrayList<>(described.getEnum());
            values.add(null);
            described.setEnum(values);
        }
        return described;
    }
}
