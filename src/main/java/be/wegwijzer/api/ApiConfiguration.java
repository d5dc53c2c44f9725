package be.wegwijzer.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How the API behaves on the web: its own security chain for {@code /api/**} (anonymous, stateless, no CSRF token
 * since there is no session or cookie to protect; open to every origin for reading), rate limiting per client, ETags
 * with 304 on every answer, and the description's title and terms.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiConfiguration {

    static final String PATTERN = "/api/**";
    /** Where Spring Boot registers Spring Security's filter chain (its SecurityProperties.DEFAULT_FILTER_ORDER). */
    private static final int SECURITY_FILTER_ORDER = -100;

    /**
     * Before the portal's own chain (which needs CSRF tokens and sessions for Vaadin). The Steunzoeker is a POST only
     * because a situation is a body; it changes nothing, so it is open to other origins too.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATTERN)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> {})
                .headers(headers -> headers.cacheControl(cache -> cache.disable()))
                .cors(cors -> cors.configurationSource(corsConfiguration()));
        return http.build();
    }

    private static UrlBasedCorsConfigurationSource corsConfiguration() {
        CorsConfiguration open = new CorsConfiguration();
        open.addAllowedOrigin("*");
        open.setAllowedMethods(List.of("GET", "HEAD", "POST"));
        open.setAllowedHeaders(
                List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_NONE_MATCH, HttpHeaders.IF_MODIFIED_SINCE));
        open.setExposedHeaders(List.of(
                HttpHeaders.ETAG,
                HttpHeaders.LAST_MODIFIED,
                HttpHeaders.RETRY_AFTER,
                "X-RateLimit-Limit",
                "X-RateLimit-Remaining"));
        open.setAllowCredentials(false);
        open.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(PATTERN, open);
        return source;
    }

    /** Before Spring Security, so that a client over its limit costs as little as possible. */
    @Bean
    FilterRegistrationBean<ApiRateLimit> apiRateLimit(ApiProperties properties) {
        FilterRegistrationBean<ApiRateLimit> registration = new FilterRegistrationBean<>(new ApiRateLimit(properties));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SECURITY_FILTER_ORDER - 10);
        return registration;
    }

    /** A strong ETag from the answer's bytes on every API answer; If-None-Match with it gives 304 without a body. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    OpenAPI apiDescription() {
        return new OpenAPI()
                .info(new Info()
                        .title("Wegwijzer Werkbaar Werk — open API")
                        .version("1")
                        .description("Alleen-lezen toegang tot de gepubliceerde inhoud van het portaal: zoeken,"
                                + " items, taxonomieën, de Steunzoeker en de agenda. Toon bij hergebruik de bron en"
                                + " link naar de pagina op het portaal (veld url). Uitleg en voorbeelden:"
                                + " /ontwikkelaars.")
                        .termsOfService("/ontwikkelaars#voorwaarden"))
                .servers(List.of(new Server().url("/").description("Dit portaal")));
    }
}
