package be.wegwijzer.api;

import be.wegwijzer.api.ApiModel.ParameterError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A request the API answers with an error: the status, a Dutch explanation and, for bad input, each parameter. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final List<ParameterError> errors;

    ApiProblem(HttpStatus status, String detail, List<ParameterError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static ApiProblem badRequest(List<ParameterError> errors) {
        String detail = errors.size() == 1
                ? "Parameter '" + errors.getFirst().parameter() + "' "
                        + errors.getFirst().reason() + "."
                : errors.size() + " parameters zijn niet bruikbaar; zie 'errors'.";
        return new ApiProblem(HttpStatus.BAD_REQUEST, detail, errors);
    }

    static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, detail, List.of());
    }

    HttpStatus status() {
        return status;
    }

    List<ParameterError> errors() {
        return errors;
    }
}
