package com.chuhai.tracker.suggestion;

import com.chuhai.tracker.migration.MigrationReason;
import com.chuhai.tracker.migration.MigrationStatus;
import com.chuhai.tracker.provider.ProviderNames;
import com.chuhai.tracker.provider.ProviderService;
import com.chuhai.tracker.region.RegionCatalog;
import com.chuhai.tracker.region.RegionNames;
import com.chuhai.tracker.shared.Confidence;
import com.chuhai.tracker.shared.DatePrecision;
import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.PreciseDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A suggestion's proposal as the editors' queue shows it ({@code @proposalRows}): each field under
 * its form label, providers and regions by their names in the reader's language, the choices of a
 * list (precision, confidence, status, reason) in words, an undisclosed provider as such; and what
 * accepting it would change as the data stands now.
 */
@Component("proposalRows")
public class ProposalRows {

    private static final Set<String> PROVIDERS = Set.of("provider", "fromProvider", "toProvider");
    private static final Set<String> REGIONS = Set.of("region", "fromRegion", "toRegion");
    private static final Set<String> HIDDEN = Set.of("sources", "version", "datePrecision");
    /** Each date of a proposal with its own precision, shown together as the pages show dates ("June 2022"). */
    private static final Map<String, String> DATES = Map.of(
            "startDate", "startPrecision",
            "endDate", "endPrecision",
            "announcedOn", "announcedPrecision",
            "completedOn", "completedPrecision");

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
    private final PreciseDates dates;
    private final ProviderService providers;
    private final ProviderNames providerNames;
    private final RegionCatalog regions;
    private final RegionNames regionNames;
    private final SuggestionViews suggestions;

    ProposalRows(
            MessageSource messages,
            ProviderService providers,
            ProviderNames providerNames,
            RegionCatalog regions,
            RegionNames regionNames,
            SuggestionViews suggestions,
            PreciseDates dates) {
        this.suggestions = suggestions;
        this.dates = dates;
        this.messages = messages;
        this.providers = providers;
        this.providerNames = providerNames;
        this.regions = regions;
        this.regionNames = regionNames;
    }

    /** One line of a proposal: the field as the API names it, its label, and its value in words. */
    public record Row(String field, String label, String value) {}

    public List<Row> of(SuggestionResponse suggestion) {
        if (suggestion.recorded() == null) {
            return List.of();
        }
        boolean adoption = suggestion.kind() == SuggestionKind.ADOPTION;
        List<Row> rows = new ArrayList<>();
        Map<String, Object> proposal = suggestion.recorded();
        proposal.forEach((field, value) -> {
            // A date's precision is shown with the date; an empty field only when it is an undisclosed provider.
            if (HIDDEN.contains(field) || DATES.containsValue(field) || (value == null && !PROVIDERS.contains(field))) {
                return;
            }
            String shown = DATES.containsKey(field)
                    ? dates.format(
                            LocalDate.parse(value.toString()),
                            DatePrecision.shown(
                                    precision(proposal, DATES.get(field)), precision(proposal, "datePrecision")))
                    : value(field, value == null ? null : value.toString());
            rows.add(new Row(field, label(adoption, field), shown));
        });
        return rows;
    }

    private static DatePrecision precision(Map<String, Object> proposal, String field) {
        Object precision = proposal.get(field);
        return precision == null ? null : DatePrecision.valueOf(precision.toString());
    }

    /**
     * A suggestion's fact in a few words: a new adoption as "provider (region)", a migration as
     * "provider (region) → provider (region)", a correction as "field: value".
     */
    public String describe(
            SuggestionKind kind, Map<String, Object> proposal, String target, String field, String value) {
        if (kind == SuggestionKind.CORRECTION) {
            boolean adoption = target != null && target.startsWith("adoptions/");
            return label(adoption, field) + ": " + value(field, value);
        }
        if (proposal == null) {
            return "";
        }
        if (kind == SuggestionKind.ADOPTION) {
            return inRegion(value("provider", text(proposal, "provider")), value("region", text(proposal, "region")));
        }
        String from = text(proposal, "fromRegion") != null ? text(proposal, "fromRegion") : text(proposal, "region");
        String to = text(proposal, "toRegion") != null ? text(proposal, "toRegion") : from;
        return inRegion(value("fromProvider", text(proposal, "fromProvider")), value("fromRegion", from))
                + " → "
                + inRegion(value("toProvider", text(proposal, "toProvider")), value("toRegion", to));
    }

    private static String text(Map<String, Object> proposal, String field) {
        Object value = proposal.get(field);
        return value == null ? null : value.toString();
    }

    /**
     * How a correction form asks for the right value of {@code field}: "provider" or "region" (a list of
     * them), "choice" (a list of {@link #choices}), "date", or "text".
     */
    public String control(String field) {
        if (field == null) {
            return "text";
        }
        if (PROVIDERS.contains(field)) {
            return "provider";
        }
        if (REGIONS.contains(field)) {
            return "region";
        }
        if (CHOICES.containsKey(field)) {
            return "choice";
        }
        return DATES.containsKey(field) ? "date" : "text";
    }

    /** The values a "choice" field may take, in their order. */
    public List<String> choices(String field) {
        Enum<?>[] values = switch (CHOICES.getOrDefault(field, "")) {
            case "precision." -> DatePrecision.values();
            case "confidence." -> Confidence.values();
            case "status." -> MigrationStatus.values();
            case "reason." -> MigrationReason.values();
            default -> new Enum<?>[0];
        };
        return Arrays.stream(values).map(Enum::name).toList();
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

    /**
     * What accepting {@code suggestion} would change, in words ({@link SuggestionViews#consequences});
     * null for a correction or a decided suggestion.
     */
    public Consequences consequences(SuggestionResponse suggestion) {
        SuggestionViews.Consequences found = suggestions.consequences(suggestion);
        if (found == null) {
            return null;
        }
        List<String> inUse = found.inUse().stream()
                .map(a -> inRegion(value("provider", a.provider()), regionName(a.region())))
                .toList();
        List<String> ends = new ArrayList<>();
        String opens = null;
        if (found.preview() != null) {
            found.preview().ends().forEach(a -> ends.add(inRegion(undisclosedOr(a.provider()), a.region())));
            if (found.preview().opens() != null) {
                opens = inRegion(
                        undisclosedOr(found.preview().opens().provider()),
                        found.preview().opens().region());
            }
        } else if (found.refusal() == null) {
            Map<String, Object> proposal = suggestion.proposal();
            opens = inRegion(
                    value("provider", (String) proposal.get("provider")), regionName((String) proposal.get("region")));
        }
        return new Consequences(inUse, ends, opens, found.refusal() == null ? null : refusal(found.refusal()));
    }

    /** See {@link #consequences}: each adoption as "provider in region", a refusal as its message. */
    public record Consequences(List<String> inUse, List<String> ends, String opens, String refusal) {}

    private String inRegion(String provider, String region) {
        return messages.getMessage(
                "adminSuggestions.inRegion", new Object[] {provider, region}, LocaleContextHolder.getLocale());
    }

    private String undisclosedOr(String provider) {
        return provider == null ? message("provider.undisclosed", "—") : provider;
    }

    private String refusal(DomainException refused) {
        Locale locale = LocaleContextHolder.getLocale();
        if (refused.getProblems().isEmpty()) {
            return messages.getMessage(refused.getCode(), refused.getArgs(), refused.getCode(), locale);
        }
        return refused.getProblems().stream()
                .map(p -> messages.getMessage(p.code(), p.args(), p.code(), locale))
                .distinct()
                .collect(Collectors.joining(" "));
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
