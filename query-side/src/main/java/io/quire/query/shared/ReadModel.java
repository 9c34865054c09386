package io.quire.query.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the tables a projection writes. Replays, blue-green rebuilds and evaluations work on exactly these tables,
 * so a projection must write only these, name them without a schema (the rebuild tools point the connection's
 * {@code search_path} at a shadow or evaluation schema) and build them from events alone: no clock, no other table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadModel {

    /** The tables, in the order they may be created (a table before those that refer to it). */
    String[] tables();
}
