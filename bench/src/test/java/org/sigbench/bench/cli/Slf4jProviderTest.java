package org.sigbench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 5: Smile and sqlite-jdbc log through SLF4J 2, which prints "No SLF4J providers
 * were found" on stderr when no provider is on the class path. slf4j-nop is the provider; this
 * test fails if it goes missing from the runtime class path.
 */
class Slf4jProviderTest {
    @Test
    void anSlf4jProviderIsOnTheRuntimeClassPath() throws Exception {
        Class<?> provider = Class.forName("org.slf4j.spi.SLF4JServiceProvider");
        assertTrue(ServiceLoader.load(provider).findFirst().isPresent(),
                "no SLF4J service provider: every command would print the SLF4J warning on stderr");
    }
}
