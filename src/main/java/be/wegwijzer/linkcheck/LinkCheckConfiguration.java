package be.wegwijzer.linkcheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LinkCheckConfiguration {

    /** One checker, so its HTTP client (and connection pool) is shared by all runs; closed on shutdown. */
    @Bean
    LinkChecker linkChecker(LinkCheckProperties properties) {
        return new LinkChecker(properties.checkerSettings());
    }
}
