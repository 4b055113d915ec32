package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.ConflictException;
import com.chuhai.tracker.shared.DatabaseOutage;
import com.chuhai.tracker.shared.InvalidInputException;
import com.chuhai.tracker.shared.NotFoundException;
import com.chuhai.tracker.shared.RuleViolationException;
import com.chuhai.tracker.shared.TooBusyException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an {@code /api/**} request into an RFC 9457 problem: a status, a translated
 * title and detail, and for bad input an {@code errors} list naming each field. Nothing a client
 * sends can produce a stack trace, SQL or an exception message in a response. Requests outside the
 * API are handed back to the page error handling.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private final MessageSource messages;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    static boolean isApi(HttpServletRequest request) {
        return PATHS.getPathWithinApplication(request).startsWith("/api/");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException ex, HttpServletRequest request)
            throws InvalidInputException {
        requireApi(ex, request);
        List<ApiError> errors = ex.getProblems().stream()
                .map(p -> new ApiError(p.field(), p.code(), message(p.code(), p.args())))
                .toList();
        return badRequest(request, errors);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolationException ex, HttpServletRequest request)
            throws RuleViolationException {
        requireApi(ex, request);
        return badRequest(
                request, List.of(new ApiError(ex.getField(), ex.getCode(), message(ex.getCode(), ex.getArgs()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) throws NotFoundException {
        requireApi(ex, request);
        String kind = message("kind." + ex.getKind());
        return problem(request, HttpStatus.NOT_FOUND, message("problem.notFound", kind, ex.getKey()), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) throws ConflictException {
        requireApi(ex, request);
        return problem(request, HttpStatus.CONFLICT, message(ex.getCode(), ex.getArgs()), null);
    }

    /** Someone else saved the same row first, or the database broke a deadlock between two writes. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyFailureException ex, HttpServletRequest request)
            throws ConcurrencyFailureException {
        requireApi(ex, request);
        log.info("Concurrent change refused on {}: {}", request.getRequestURI(), ex.getMessage());
        String detail = ex instanceof OptimisticLockingFailureException ? "problem.staleVersion" : "problem.concurrent";
        return problem(request, HttpStatus.CONFLICT, message(detail), null);
    }

    /**
     * The database refused a write. Its constraint names (uk_…, fk_…, ck_…) say why; the SQL and the
     * database's message stay in the log.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request)
            throws DataIntegrityViolationException {
        requireApi(ex, request);
        if (isInvalidValue(ex)) {
            return invalidValue(ex, request);
        }
        String constraint = constraintName(ex);
        log.info("Write refused by the database on {} (constraint {})", request.getRequestURI(), constraint);
        if (constraint.startsWith("uk_")) {
            return problem(request, HttpStatus.CONFLICT, message("constraint." + constraint), null);
        }
        if (constraint.startsWith("fk_")) {
            return problem(
                    request, HttpStatus.CONFLICT, message("problem.inUse", message("constraint." + constraint)), null);
        }
        if (constraint.startsWith("ck_")) {
            return badRequest(request, List.of(new ApiError(null, constraint, message("constraint." + constraint))));
        }
        return problem(request, HttpStatus.CONFLICT, message("problem.conflict"), null);
    }

    /**
     * The database refused a value itself (SQL state class 22, e.g. a NUL character in a text): the
     * input's fault, though no rule of ours caught it first. Anything else from the database is ours.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> dataAccess(DataAccessException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        passOutage(ex);
        return isInvalidValue(ex) ? invalidValue(ex, request) : unexpected(ex, request);
    }

    private static boolean isInvalidValue(DataAccessException ex) {
        SQLException sql = cause(ex, SQLException.class);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    private ResponseEntity<ProblemDetail> invalidValue(DataAccessException ex, HttpServletRequest request) {
        log.info(
                "Value refused by the database on {} (SQL state {})",
                request.getRequestURI(),
                cause(ex, SQLException.class).getSQLState());
        return badRequest(request, List.of(new ApiError(null, "body.invalidValue", message("body.invalidValue"))));
    }

    /** Malformed JSON, a value of the wrong type, an unknown enumeration code or an unknown field. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        requireApi(ex, request);
        JacksonException json = cause(ex, JacksonException.class);
        if (json == null) {
            return badRequest(request, List.of(new ApiError(null, "body.missing", message("body.missing"))));
        }
        if (json instanceof InputCoercionException) {
            return badRequest(
                    request, List.of(new ApiError(path(json), "body.outOfRange", message("body.outOfRange"))));
        }
        if (json instanceof StreamReadException && json.getLocation() != null) {
            return badRequest(
                    request,
                    List.of(new ApiError(
                            null,
                            "body.malformed",
                            message(
                                    "body.malformed",
                                    json.getLocation().getLineNr(),
                                    json.getLocation().getColumnNr()))));
        }
        String field = path(json);
        if (json instanceof UnrecognizedPropertyException) {
            return badRequest(request, List.of(new ApiError(field, "body.unknownField", message("body.unknownField"))));
        }
        if (json instanceof InvalidFormatException format
                && format.getTargetType().isEnum()) {
            String codes = Arrays.toString(format.getTargetType().getEnumConstants());
            return badRequest(
                    request, List.of(new ApiError(field, "body.unknownCode", message("body.unknownCode", codes))));
        }
        return badRequest(request, List.of(new ApiError(field, "body.wrongType", message("body.wrongType"))));
    }

    /** Bean validation of a body, or a query record whose values do not bind. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidFields(BindException ex, HttpServletRequest request) throws BindException {
        requireApi(ex, request);
        List<ApiError> errors = new ArrayList<>();
        for (ObjectError error : ex.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            errors.add(new ApiError(field, error.getCode(), fieldMessage(error)));
        }
        return badRequest(request, errors);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request)
            throws HandlerMethodValidationException {
        requireApi(ex, request);
        List<ApiError> errors = new ArrayList<>();
        ex.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(new ApiError(
                                result.getMethodParameter().getParameterName(),
                                error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1],
                                messages.getMessage(error, LocaleContextHolder.getLocale())))));
        return badRequest(request, errors);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongParameterType(MethodArgumentTypeMismatchException ex, HttpServletRequest request)
            throws MethodArgumentTypeMismatchException {
        requireApi(ex, request);
        Class<?> type = ex.getRequiredType();
        String code = type != null && type.isEnum() ? "body.unknownCode" : "body.wrongType";
        String text =
                type != null && type.isEnum() ? message(code, Arrays.toString(type.getEnumConstants())) : message(code);
        return badRequest(request, List.of(new ApiError(ex.getName(), code, text)));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingParameter(
            MissingServletRequestParameterException ex, HttpServletRequest request)
            throws MissingServletRequestParameterException {
        requireApi(ex, request);
        return badRequest(request, List.of(new ApiError(ex.getParameterName(), "NotNull", message("param.missing"))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(
            HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
            throws HttpRequestMethodNotSupportedException {
        requireApi(ex, request);
        ResponseEntity<ProblemDetail> answer = problem(
                request, HttpStatus.METHOD_NOT_ALLOWED, message("problem.methodNotAllowed", ex.getMethod()), null);
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(answer.getHeaders());
        if (ex.getSupportedHttpMethods() != null) {
            headers.setAllow(ex.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireApi(ex, request);
        return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, message("problem.unsupportedType"), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        requireApi(ex, request);
        return problem(request, HttpStatus.NOT_ACCEPTABLE, message("problem.notAcceptable"), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException ex, HttpServletRequest request)
            throws NoResourceFoundException {
        requireApi(ex, request);
        return problem(request, HttpStatus.NOT_FOUND, message("problem.noSuchPath"), null);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> exportsBusy(CsvExport.ExportsBusyException ex, HttpServletRequest request)
            throws CsvExport.ExportsBusyException {
        requireApi(ex, request);
        log.warn(
                "Refused a CSV export of {} to {}: {} exports already running, or {} of this client",
                request.getRequestURI(),
                request.getRemoteAddr(),
                CsvExport.CONCURRENT_EXPORTS,
                CsvExport.PER_CLIENT);
        ResponseEntity<ProblemDetail> answer =
                problem(request, HttpStatus.SERVICE_UNAVAILABLE, message("problem.exportsBusy"), null);
        return ResponseEntity.status(answer.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(answer.getBody());
    }

    /** Too many expensive computations at once (statistics): retry soon; not an outage. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooBusy(TooBusyException ex, HttpServletRequest request) throws TooBusyException {
        requireApi(ex, request);
        log.info("{} {} answered 503: {}", request.getMethod(), request.getRequestURI(), ex.getReason());
        ResponseEntity<ProblemDetail> answer =
                problem(request, HttpStatus.SERVICE_UNAVAILABLE, message(ex.getReason()), null);
        return ResponseEntity.status(answer.getStatusCode())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .headers(ex.getHeaders())
                .body(answer.getBody());
    }

    /** Sign-in and permission failures belong to Spring Security, which answers 401 and 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(Exception ex) throws Exception {
        throw ex;
    }

    /**
     * Any other status Spring MVC decided on (e.g. a request too large) is answered as such; anything
     * else is a fault of ours: logged in full, answered with no detail.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        passOutage(ex);
        if (ex instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
            log.info("{} {} refused: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
            return problem(request, known.getStatusCode(), null, null);
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
        return problem(request, HttpStatus.INTERNAL_SERVER_ERROR, message("problem.internal"), null);
    }

    /** An unreachable database is answered by {@link DatabaseOutageFilter}, for pages and API alike. */
    private static <E extends Exception> void passOutage(E ex) throws E {
        if (DatabaseOutage.causedBy(ex)) {
            throw ex;
        }
    }

    private static <E extends Exception> void requireApi(E ex, HttpServletRequest request) throws E {
        if (!isApi(request)) {
            throw ex;
        }
    }

    private ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request, List<ApiError> errors) {
        return problem(request, HttpStatus.BAD_REQUEST, message("problem.badRequest"), errors);
    }

    private ResponseEntity<ProblemDetail> problem(
            HttpServletRequest request, HttpStatusCode status, String detail, List<ApiError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(message("problem.title." + status.value()));
        problem.setDetail(detail);
        problem.setInstance(Problems.instance(request));
        if (errors != null) {
            List<Map<String, String>> listed = new ArrayList<>();
            for (ApiError error : errors) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("field", error.field());
                entry.put("code", error.code());
                entry.put("message", error.message());
                listed.add(entry);
            }
            problem.setProperty("errors", listed);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String fieldMessage(ObjectError error) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return message("body.wrongType");
        }
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String message(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, code, locale);
    }

    /** The JSON path of the value at fault, e.g. {@code sources[0].publishedOn}. */
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

    private static String constraintName(DataIntegrityViolationException ex) {
        ConstraintViolationException violation = cause(ex, ConstraintViolationException.class);
        String name = violation == null ? null : violation.getConstraintName();
        return name == null ? "unknown" : name.toLowerCase(Locale.ROOT);
    }

    private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** One entry of a problem's {@code errors}: the field (null for the whole body), a code, a message. */
    record ApiError(String field, String code, String message) {}
}
