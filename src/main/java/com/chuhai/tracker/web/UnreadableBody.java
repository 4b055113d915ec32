package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.DomainException.FieldProblem;
import java.util.Arrays;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body Jackson could not read, as a client can mend it: the JSON
 * path of the value at fault (e.g. {@code sources[0].publishedOn}) and a message code.
 */
final class UnreadableBody {

    private UnreadableBody() {}

    /** Malformed JSON, a value of the wrong type or out of range, an unknown code or field, no body. */
    static FieldProblem problem(HttpMessageNotReadableException ex) {
        JacksonException json = Problems.cause(ex, JacksonException.class);
        if (json == null) {
            return new FieldProblem(null, "body.missing");
        }
        if (json instanceof InputCoercionException) {
            return new FieldProblem(path(json), "body.outOfRange");
        }
        if (json instanceof StreamReadException && json.getLocation() != null) {
            return new FieldProblem(
                    null,
                    "body.malformed",
                    json.getLocation().getLineNr(),
                    json.getLocation().getColumnNr());
        }
        if (json instanceof UnrecognizedPropertyException) {
            return new FieldProblem(path(json), "body.unknownField");
        }
        if (json instanceof InvalidFormatException format
                && format.getTargetType().isEnum()) {
            return new FieldProblem(
                    path(json),
                    "body.unknownCode",
                    Arrays.toString(format.getTargetType().getEnumConstants()));
        }
        return new FieldProblem(path(json), "body.wrongType");
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
