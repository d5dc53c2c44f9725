package be.wegwijzer.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole portal, in Belgian time, so tests can fix "today". */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Bean
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
