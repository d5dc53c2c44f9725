package be.wegwijzer.security;

import be.wegwijzer.base.web.AlertPaths;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin's security set-up with our login view; views say who may open them ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}) and services check again with method security, so a view cannot be the only gate.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // not for the command-line import
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    static final String LOGIN_PATH = "login";
    private static final List<String> STAFF_AREAS = List.of("/beheer", "/bijdragen");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // The error page answers malformed addresses too, and an unknown address gets the "not found" page: neither
        // may send the visitor to the login page. Only the editors' and contributors' areas need a login before any
        // view runs; inside the portal every view still says who may open it (Vaadin's navigation access control).
        http.authorizeHttpRequests(requests -> requests.requestMatchers(SecurityConfiguration::isStaffArea)
                .authenticated()
                .requestMatchers(request -> !isStaffArea(request))
                .permitAll());
        // RFC 8058 one-click unsubscribe: mail programs POST without a session or token; only this path.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/" + AlertPaths.ONE_CLICK + "/**"));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/" + LOGIN_PATH, "/"));
        // One answer for every failed login (wrong password, unknown address, a forced pause, a lock), so that
        // the answer never tells whether an account exists; the throttle still works behind it.
        http.formLogin(form -> form.failureHandler((request, response, exception) ->
                response.sendRedirect(request.getContextPath() + "/" + LOGIN_PATH + "?fout")));
        return http.build();
    }

    /** {@code /beheer…} and {@code /bijdragen…}: every view there is for logged-in staff only. */
    static boolean isStaffArea(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STAFF_AREAS.stream().anyMatch(area -> path.equals(area) || path.startsWith(area + "/"));
    }

    @Bean
    AuthenticationManager authenticationManager(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(throttle.guard(provider));
        manager.setAuthenticationEventPublisher(events); // LoginThrottle and the audit log listen to these events
        return manager;
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
