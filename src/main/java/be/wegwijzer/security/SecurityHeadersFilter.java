package be.wegwijzer.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the Content-Security-Policy, Referrer-Policy and Permissions-Policy on every response, before anything else
 * runs: also on static files and on the answers that never reach Spring Security's filters. Spring Security adds
 * X-Content-Type-Options, X-Frame-Options and, over HTTPS, Strict-Transport-Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityHeadersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, SecurityHeaders.policyWithoutScripts());
        response.setHeader(SecurityHeaders.REFERRER_POLICY, SecurityHeaders.REFERRER);
        response.setHeader(SecurityHeaders.PERMISSIONS_POLICY, SecurityHeaders.PERMISSIONS);
        chain.doFilter(request, response);
    }
}
