package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.provider.ProviderNames;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A suggestion's proposal as the editors' queue shows it ({@code @proposalRows}): each field under
 * its form label, providers and regions by their names in the reader's language, the choices of a
 * list (precision, confidence, status, reason) in words, an undisclosed provider as such.
 */
@Component("proposalRows")
public class ProposalRows {

    private static final Set<String> PROVIDERS = Set.of("provider", "fromProvider", "toProvider");
    private static final Set<String> REGIONS = Set.of("region", "fromRegion", "toRegion");
    private static final Set<String> HIDDEN = Set.of("sources", "version");
    private static final Map<String, String> CHOICES = Map.of(
            "datePrecision", "precision.",
            "startPrecision", "precision.",
            "endPrecision", "precision.",
            "announcedPrecision", "precision.",
            "completedPrecision", "precision.",
            "confidence", "confidence.",
            "status", "status.",
            "reason", "reason.");

    private final MessageSource messages;
    private final ProviderService providers;
    private final ProviderNames providerNames;
    private final RegionCatalog regions;
    private final RegionNames regionNames;

    ProposalRows(
            MessageSource messages,
            ProviderService providers,
            ProviderNames providerNames,
            RegionCatalog regions,
            RegionNames regionNames) {
        this.messages = messages;
        this.providers = providers;
        this.providerNames = providerNames;
        this.regions = regions;
        this.regionNames = regionNames;
    }

    /** One line of a proposal: the field as the API names it, its label, and its value in words. */
    public record Row(String field, String label, String value) {}

    public List<Row> of(SuggestionResponse suggestion) {
        if (suggestion.proposal() == null) {
            return List.of();
        }
        boolean adoption = suggestion.kind() == SuggestionKind.ADOPTION;
        List<Row> rows = new ArrayList<>();
        suggestion.proposal().forEach((field, value) -> {
            if (HIDDEN.contains(field) || (value == null && !PROVIDERS.contains(field))) {
                return;
            }
            rows.add(new Row(field, label(adoption, field), value(field, value == null ? null : value.toString())));
        });
        return rows;
    }

    /** The label of {@code field} of an adoption ({@code adoption}) or a migration, as its admin form says it. */
    public String label(boolean adoption, String field) {
        String key = (adoption ? "adoption.field." : "migration.field.") + field;
        return messages.getMessage(key, null, field, LocaleContextHolder.getLocale());
    }

    /** {@code value} of {@code field} in words; a provider left out is "not disclosed". */
    public String value(String field, String value) {
        if (PROVIDERS.contains(field)) {
            return value == null ? message("provider.undisclosed", field) : providerName(value);
        }
        if (value == null) {
            return "—";
        }
        if (REGIONS.contains(field)) {
            return regionName(value);
        }
        String choice = CHOICES.get(field);
        return choice == null ? value : message(choice + value, value);
    }

    private String providerName(String slug) {
        return providers.summaries().stream()
                .filter(p -> p.slug().equals(slug))
                .findFirst()
                .map(p -> providerNames.of(p.slug(), p.name()))
                .orElse(slug);
    }

    private String regionName(String code) {
        return regions.list().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(r -> regionNames.of(r.code(), r.name()))
                .orElse(code);
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
