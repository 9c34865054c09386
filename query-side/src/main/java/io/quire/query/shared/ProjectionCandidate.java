package io.quire.query.shared;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a changed version of a projection that is judged before it goes live: an evaluation of {@code of@name}
 * replays the events through this class instead of the live one and reports how its read model differs from the
 * live one. The class is written like the projection it replaces (event handlers, {@link ReadModel} naming tables
 * the live projection already has) but without {@code @ProcessingGroup}.
 * <p>
 * A candidate is a prototype bean: Axon registers only singleton beans as event handlers, so a candidate never
 * handles live events and never writes the live tables; each evaluation gets an instance of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public @interface ProjectionCandidate {

    /** The processing group of the live projection this candidate would replace. */
    String of();

    /** Tells candidates of the same group apart; the evaluation names the candidate {@code of@name}. */
    String name() default "next";
}
