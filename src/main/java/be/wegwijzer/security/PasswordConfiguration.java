package be.wegwijzer.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, also for the command line (which runs without the web security of {@link SecurityConfiguration}). */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** The current default of Spring Security (bcrypt), recognisable by its {id} prefix so it can evolve. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
