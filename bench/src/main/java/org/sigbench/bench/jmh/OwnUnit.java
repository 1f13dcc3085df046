package org.sigbench.bench.jmh;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JMH arm whose op is a different unit of work than its class's baseline arm (for example
 * a whole corpus on all cores beside one signature on one core): the report gives it no speed-up,
 * since the ratio of two different units means nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OwnUnit {
    /** What one op of this arm is, for the report. */
    String value();
}
