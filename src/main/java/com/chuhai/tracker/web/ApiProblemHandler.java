package com.chuhai.tracker.web;

import com.chuhai.tracker.shared.DomainException;
import com.chuhai.tracker.shared.DomainException.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every failure of the API controllers with an RFC 9457 problem. Spring's own handler decides
 * the status and headers of Spring MVC's exceptions and of every {@link ErrorResponse} (a
 * {@link DomainException} included); ours are the texts in the reader's language (a detail is looked up
 * under the exception's message code, {@code problemDetail.<class>} for Spring's), the {@code errors}
 * of bad input, and what the database's refusals mean ({@link DatabaseRefusals}). No answer holds a
 * stack trace, SQL or an exception message. {@link ApiRoutingProblems} routes here what reaches no
 * controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    private final Problems problems;

    ApiProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleErrorResponseException(
            ErrorResponseException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof DomainException refusal && refusal.isInvalid()) {
            return badRequest(request, refusal.getProblems().stream().map(this::error));
        }
        return super.handleErrorResponseException(ex, headers, status, request);
    }

    /** Malformed JSON, a value of the wrong type, an unknown code or field: {@link UnreadableBody}. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(request, Stream.of(error(UnreadableBody.problem(ex))));
    }

    /** Bean validation of a body, or a query record whose values do not bind. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(
                request,
                ex.getAllErrors().stream()
                        .map(error -> Problems.error(
                                error instanceof FieldError field ? field.getField() : null,
                                error.getCode(),
                                error instanceof FieldError failed && failed.isBindingFailure()
                                        ? message("body.wrongType")
                                        : problems.message(error))));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(
                request,
                ex.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> Problems.error(
                                        result.getMethodParameter().getParameterName(),
                                        error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1],
                                        problems.message(error)))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        FieldProblem problem = type != null && type.isEnum()
                ? new FieldProblem(ex.getPropertyName(), "body.unknownCode", Arrays.toString(type.getEnumConstants()))
                : new FieldProblem(ex.getPropertyName(), "body.wrongType");
        return badRequest(request, Stream.of(error(problem)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return badRequest(
                request, Stream.of(Problems.error(ex.getParameterName(), "NotNull", message("param.missing"))));
    }

    /** Sign-in and permission failures belong to Spring Security, which answers 401 and 403. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void security(Exception ex) throws Exception {
        throw ex;
    }

    /**
     * What the database refused, as the domain refusal it means ({@link DatabaseRefusals}), and anything
     * else: a fault of ours, logged in full, answered with no detail. An unreachable database is
     * answered by {@link DatabaseOutageFilter}, for pages and API alike.
     */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) throws Exception {
        if (DatabaseOutage.causedBy(ex)) {
            throw ex;
        }
        DomainException refusal = DatabaseRefusals.of(ex, path(request));
        return refusal == null
                ? handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request)
                : handleErrorResponseException(refusal, refusal.getHeaders(), refusal.getStatusCode(), request);
    }

    /**
     * Every answer but those with an {@code errors} list: the status Spring (or the exception) decided
     * on, and the detail its message code names, if it has one. A 5xx without one is a fault of ours.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = ex instanceof ErrorResponse known
                ? problems.messageOrNull(known.getDetailMessageCode(), known.getDetailMessageArguments())
                : null;
        if (status.is5xxServerError() && detail == null) {
            log.error("{} failed", path(request), ex);
            return answer(headers, problems.problem(servlet(request), status, message("problem.internal")));
        }
        log.info("{} answered {}: {}", path(request), status.value(), ex.getMessage());
        return answer(headers, problems.problem(servlet(request), status, detail));
    }

    private ResponseEntity<Object> badRequest(WebRequest request, Stream<Map<String, String>> errors) {
        ProblemDetail problem =
                problems.problem(servlet(request), HttpStatus.BAD_REQUEST, message("problem.badRequest"));
        problem.setProperty("errors", errors.toList());
        return answer(new HttpHeaders(), problem);
    }

    private ResponseEntity<Object> answer(HttpHeaders headers, ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Map<String, String> error(FieldProblem problem) {
        return Problems.error(problem.field(), problem.code(), message(problem.code(), problem.args()));
    }

    private String message(String code, Object... args) {
        return problems.message(code, args);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet = servlet(request);
        return servlet.getMethod() + " " + servlet.getRequestURI();
    }
}
