package be.wegwijzer.api;

import be.wegwijzer.api.ApiModel.ApiError;
import be.wegwijzer.api.ApiModel.ParameterError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the API as problem details (RFC 9457) in JSON, with a Dutch explanation and, for bad input, the
 * parameters that could not be used and why. Only for the API's own controllers; the portal keeps its HTML pages.
 */
@RestControllerAdvice(assignableTypes = {ApiController.class, ApiFallbackController.class})
class ApiErrors {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ApiError> problem(ApiProblem problem, HttpServletRequest request) {
        return answer(problem.status(), problem.getMessage(), problem.errors(), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(
                HttpStatus.BAD_REQUEST,
                "De body is geen geldig JSON-object voor deze situatie.",
                List.of(new ParameterError(
                        "body",
                        "moet een JSON-object zijn zoals {\"statuut\": \"werkgever\", \"werknemers\": 8,"
                                + " \"sector\": \"bouw\", \"regio\": \"limburg\", \"thema\": [\"werkdruk\"]}")),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Stuur de body als JSON, met Content-Type: application/json.",
                List.of(),
                request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "De API antwoordt alleen in JSON.", List.of(), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(
                HttpStatus.METHOD_NOT_ALLOWED, "Dit adres aanvaardt " + e.getMethod() + " niet.", List.of(), request);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> failure(RuntimeException e, HttpServletRequest request) {
        LOG.error("API request {} failed", request.getRequestURI(), e);
        return answer(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan onze kant. Probeer het later opnieuw.",
                List.of(),
                request);
    }

    private static ResponseEntity<ApiError> answer(
            HttpStatus status, String detail, List<ParameterError> errors, HttpServletRequest request) {
        String type = switch (status) {
            case BAD_REQUEST -> "ongeldige-parameter";
            case NOT_FOUND -> "niet-gevonden";
            default -> "fout";
        };
        return ResponseEntity.status(status)
                .contentType(PROBLEM)
                .body(new ApiError(
                        request.getContextPath() + "/ontwikkelaars#" + type,
                        status.getReasonPhrase(),
                        status.value(),
                        detail,
                        request.getRequestURI(),
                        errors));
    }
}
