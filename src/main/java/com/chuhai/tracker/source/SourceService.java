package com.chuhai.tracker.source;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.DomainException.FieldProblem;
import com.chuhai.tracker.shared.PreciseDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds the sources a claim names, creating those not stored yet. */
@Service
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    /**
     * The sources for these requests, in their order and without repeats: stored ones as they are,
     * new ones created. Runs in the caller's transaction, so a claim that fails creates no source.
     *
     * @param field the requests' field name in the body, for errors such as {@code sources[1].title}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Source> resolve(String field, List<SourceRequest> requests) {
        return resolve(requests, i -> "%s[%d]".formatted(field, i));
    }

    /** The source for one request, as {@link #resolve} does for a list; {@code field} names it in errors. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Source resolveOne(String field, SourceRequest request) {
        return resolve(List.of(request), i -> field).get(0);
    }

    private List<Source> resolve(List<SourceRequest> requests, IntFunction<String> fieldOf) {
        if (requests == null || requests.isEmpty()) {
            return List.of();
        }
        Map<String, Source> stored = sources
                .findByUrlIn(requests.stream().map(SourceRequest::url).toList())
                .stream()
                .collect(Collectors.toMap(Source::getUrl, Function.identity()));
        Map<String, Source> resolved = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SourceRequest request = requests.get(i);
            if (resolved.containsKey(request.url())) {
                continue;
            }
            Source source = stored.get(request.url());
            if (source == null && (request.title() == null || request.title().isBlank())) {
                problems.add(new FieldProblem(fieldOf.apply(i) + ".title", "source.titleRequired"));
                continue;
            }
            if (source == null) {
                source = sources.save(new Source(
                        request.url(),
                        request.title().trim(),
                        request.publisher(),
                        PreciseDate.ofNullable(request.publishedOn(), request.publishedPrecision())));
            }
            resolved.put(request.url(), source);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return List.copyOf(resolved.values());
    }
}
