package be.wegwijzer.api;

import static org.assertj.core.api.Assertions.assertThat;

import be.wegwijzer.IntegrationTest;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document at /api/v1/openapi.json: valid by swagger-parser, and describing every endpoint of the API's
 * controllers (read from Spring MVC's own mappings, so a new endpoint without a description fails here).
 */
@IntegrationTest
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theDescriptionIsValidAndCoversEveryEndpoint() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + ApiController.OPENAPI))
                                .header("X-Forwarded-For", "192.0.2.77")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("json");

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body());
        assertThat(parsed.getMessages()).as("swagger-parser").isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getTitle()).contains("Wegwijzer");

        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Class<?> controller = method.getBeanType();
            if (controller.getPackageName().startsWith(ApiController.class.getPackageName())
                    && !controller.isAnnotationPresent(Hidden.class)
                    && !method.hasMethodAnnotation(Hidden.class)) {
                for (String path : info.getPatternValues()) {
                    for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                        endpoints.add(verb + " " + path);
                    }
                }
            }
        });
        assertThat(endpoints)
                .contains(
                        "GET /api/v1/zoeken",
                        "GET /api/v1/items/{type}/{slug}",
                        "GET /api/v1/taxonomieen",
                        "POST /api/v1/steunzoeker",
                        "GET /api/v1/agenda");
        for (String endpoint : endpoints) {
            String verb = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            PathItem item = api.getPaths().get(path);
            assertThat(item).as(endpoint + " in the document").isNotNull();
            assertThat(item.readOperationsMap()).as(endpoint).containsKey(PathItem.HttpMethod.valueOf(verb));
            item.readOperationsMap().values().forEach(operation -> {
                assertThat(operation.getSummary()).as(endpoint).isNotBlank();
                assertThat(operation.getResponses()).as(endpoint).containsKey("200");
            });
        }
        assertThat(api.getPaths().get("/api/v1/zoeken").getGet().getParameters())
                .extracting(p -> p.getName())
                .contains(
                        "q", "type", "thema", "doelgroep", "sector", "regio", "open", "sortering", "pagina", "aantal");
        assertThat(api.getComponents().getSchemas()).containsKeys("ItemSummary", "ItemDocument", "ApiError");
    }
}
