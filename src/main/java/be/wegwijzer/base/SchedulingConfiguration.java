package be.wegwijzer.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The nightly and periodic jobs (workflow, link check, search-log and scan retention). With several portal nodes
 * they need to run on one node only: {@code wegwijzer.scheduled-jobs=false} on the others (docs/deployment.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "wegwijzer.scheduled-jobs", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
