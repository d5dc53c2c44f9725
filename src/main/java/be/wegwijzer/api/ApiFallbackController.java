package be.wegwijzer.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address or method under {@code /api}: a JSON 404 that points to the description, rather than the portal's
 * HTML page (an address the more specific mappings of {@link ApiController} do not take ends here).
 */
@Hidden
@RestController
class ApiFallbackController {

    @RequestMapping("/api/**")
    ResponseEntity<Void> unknown(HttpServletRequest request) {
        throw ApiProblem.notFound("Geen API-adres voor " + request.getMethod() + " "
                + request.getRequestURI().substring(request.getContextPath().length()) + ". Zie "
                + ApiController.OPENAPI + " voor wat de API aanbiedt.");
    }
}
