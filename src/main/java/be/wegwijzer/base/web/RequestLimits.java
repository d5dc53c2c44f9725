package be.wegwijzer.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where an address is too long or unreadable, the visitor gets the portal's error page with a clear status instead of
 * a login redirect or Tomcat's technical page. Addresses up to {@link #MAX_URL_LENGTH} characters are served;
 * longer ones, up to Tomcat's header limit, answer 414 here; beyond that limit, or when the request line itself is
 * broken, Tomcat answers 400 before any filter runs, and its error valve is given the same page.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestLimits {

    /** Longer than any address the portal makes (a search with every filter stays well under 1,000). */
    static final int MAX_URL_LENGTH = 4096;

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    OncePerRequestFilter urlLengthFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String query = request.getQueryString();
                int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
                if (length > MAX_URL_LENGTH) {
                    response.setStatus(HttpStatus.URI_TOO_LONG.value());
                    response.setContentType("text/html;charset=UTF-8");
                    response.getWriter().write(ErrorPage.render(request.getContextPath(), HttpStatus.URI_TOO_LONG));
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Gives Tomcat's own error valve (requests refused before the portal sees them) the portal's 400 page. */
    @Bean
    TomcatContextCustomizer tomcatErrorPage() {
        String html = ErrorPage.render("", HttpStatus.BAD_REQUEST);
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                useErrorPage(context.getParent(), html);
            }
        });
    }

    private static void useErrorPage(Container host, String html) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve errors) {
                errors.setShowServerInfo(false);
                errors.setShowReport(false);
                errors.setProperty("errorCode.400", writeTemporary(html).getAbsolutePath());
            }
        }
    }

    private static File writeTemporary(String html) {
        try {
            Path file = Files.createTempFile("wegwijzer-400-", ".html");
            Files.writeString(file, html, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            return file.toFile();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the error page for Tomcat", e);
        }
    }
}
