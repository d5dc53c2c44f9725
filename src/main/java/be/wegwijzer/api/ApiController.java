package be.wegwijzer.api;

import be.wegwijzer.api.ApiModel.ApiError;
import be.wegwijzer.base.PublicUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The open, read-only API for intermediaries under {@value #BASE}: search, items, taxonomies, the Steunzoeker and
 * the agenda, as JSON. Described at {@value #OPENAPI}; explained in Dutch at {@code /ontwikkelaars}.
 */
@RestController
@RequestMapping(path = ApiController.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Wegwijzer Werkbaar Werk")
class ApiController {

    static final String BASE = "/api/v1";
    static final String OPENAPI = BASE + "/openapi.json";

    private final ApiService api;
    private final ApiProperties properties;
    private final PublicUrl publicUrl;

    ApiController(ApiService api, ApiProperties properties, PublicUrl publicUrl) {
        this.api = api;
        this.properties = properties;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/zoeken")
    @Operation(
            summary = "Zoeken",
            description = "Dezelfde zoekopdracht als /zoeken op het portaal, met dezelfde parameters: dezelfde"
                    + " resultaten in dezelfde volgorde, met de aantallen per filter en links naar de andere pagina's."
                    + " Filters: OF binnen een parameter (thema=a&thema=b), EN tussen parameters.")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Zoekwoorden, of een vraag in gewone taal",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "type",
            in = ParameterIn.QUERY,
            description = "Soort inhoud: tool, fiche, praktijk, maatregel, organisatie, activiteit",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "thema",
            in = ParameterIn.QUERY,
            description = "Themacode (zie /api/v1/taxonomieen)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "doelgroep",
            in = ParameterIn.QUERY,
            description = "Doelgroepcode",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "sector",
            in = ParameterIn.QUERY,
            description = "Sectorcode; vindt ook wat voor alle sectoren geldt",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "grootte",
            in = ParameterIn.QUERY,
            description = "Bedrijfsgrootte: zelfstandige, micro, klein, middelgroot, groot",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "regio",
            in = ParameterIn.QUERY,
            description = "Regiocode; vindt ook wat overal geldt",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "niveau",
            in = ParameterIn.QUERY,
            description = "starter, gevorderd, expert",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "kosten",
            in = ParameterIn.QUERY,
            description = "gratis, betalend, gesubsidieerd",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "soort",
            in = ParameterIn.QUERY,
            description = "Soort binnen een type (cheque, scan, webinar, …)",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "open",
            in = ParameterIn.QUERY,
            description = "ja: alleen steunmaatregelen waarvoor je nu kunt aanvragen",
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"ja", "nee"}))
    @Parameter(
            name = "sortering",
            in = ParameterIn.QUERY,
            schema =
                    @Schema(
                            type = "string",
                            allowableValues = {"relevantie", "nieuwste", "deadline"}))
    @Parameter(
            name = "pagina",
            in = ParameterIn.QUERY,
            description = "Paginanummer, vanaf 1",
            schema = @Schema(type = "integer", minimum = "1", defaultValue = "1"))
    @Parameter(
            name = "aantal",
            in = ParameterIn.QUERY,
            description = "Resultaten per pagina (alleen in de API)",
            schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
    @Parameter(
            name = "voor",
            in = ParameterIn.QUERY,
            description = "Doelgroepcode waarvoor gezocht wordt: rangschikt die inhoud hoger, filtert niet",
            schema = @Schema(type = "string"))
    @ApiResponse(responseCode = "200", description = "Een pagina resultaten")
    @ApiResponse(
            responseCode = "400",
            description = "Een parameter is niet bruikbaar",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "429", description = "Te veel verzoeken; zie Retry-After")
    ResponseEntity<ApiModel.SearchResponse> search(@Parameter(hidden = true) HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, Arrays.asList(values)));
        var searchRequest = api.searchRequest(parameters);
        return ok(api.searchResponse(api.search(searchRequest), addresses()));
    }

    @GetMapping("/items/{type}/{slug}")
    @Operation(
            summary = "Eén item",
            description = "Alle publieke velden van een gepubliceerd item, met zijn relaties, eigenaar, bron en"
                    + " datum van de laatste controle. Alleen het blok van zijn eigen type (measure, practice, tool,"
                    + " organisation, activity) is aanwezig.")
    @ApiResponse(responseCode = "200", description = "Het item")
    @ApiResponse(responseCode = "304", description = "Niet gewijzigd sinds If-None-Match of If-Modified-Since")
    @ApiResponse(
            responseCode = "404",
            description = "Geen gepubliceerd item op dit adres",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<ApiModel.ItemDocument> item(
            @Parameter(description = "tool, fiche, praktijk, maatregel, organisatie of activiteit") @PathVariable
                    String type,
            @PathVariable String slug,
            WebRequest request) {
        ApiModel.ItemDocument document = api.item(type, slug, addresses())
                .orElseThrow(() -> ApiProblem.notFound("Er is geen gepubliceerd item op /" + type + "/" + slug + "."));
        long lastModified = document.updatedAt().toEpochMilli();
        if (request.checkNotModified(lastModified)) {
            return null;
        }
        return ResponseEntity.ok()
                .cacheControl(cacheControl())
                .lastModified(lastModified)
                .body(document);
    }

    @GetMapping("/taxonomieen")
    @Operation(
            summary = "Taxonomieën",
            description = "Elke code die de zoekfilters en de Steunzoeker aanvaarden, met het Nederlandse label.")
    @ApiResponse(responseCode = "200", description = "De taxonomieën")
    ResponseEntity<ApiModel.Taxonomies> taxonomies() {
        return ok(api.taxonomies());
    }

    @PostMapping("/steunzoeker")
    @Operation(
            summary = "Steunzoeker",
            description = "Een situatie (statuut, werknemers, sector, regio, thema's) → de steunmaatregelen die"
                    + " passen en die bijna passen, elk met de redenen, zoals op /steunzoeker.")
    @ApiResponse(responseCode = "200", description = "De passende maatregelen")
    @ApiResponse(
            responseCode = "400",
            description = "Een veld van de situatie is niet bruikbaar",
            content =
                    @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<ApiModel.FinderResponse> finder(@RequestBody(required = false) ApiModel.FinderRequest situation) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(api.find(situation, addresses()));
    }

    @GetMapping("/agenda")
    @Operation(summary = "Agenda", description = "De activiteiten: wat komt (eerst het dichtste) en wat voorbij is.")
    @ApiResponse(responseCode = "200", description = "De agenda")
    ResponseEntity<ApiModel.AgendaResponse> agenda() {
        return ok(api.agenda(addresses()));
    }

    private <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok().cacheControl(cacheControl()).body(body);
    }

    private CacheControl cacheControl() {
        return CacheControl.maxAge(properties.maxAge(), TimeUnit.SECONDS).cachePublic();
    }

    private ApiService.Addresses addresses() {
        return new ApiService.Addresses(publicUrl.current());
    }
}
