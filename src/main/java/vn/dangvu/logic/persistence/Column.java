package vn.dangvu.logic.persistence;

import java.util.function.Function;
import org.jooq.Field;
import org.jooq.Record;

/**
 * A column of a table and how a model object gives its value: one mapping for the jOOQ record
 * of a single-row write and the plain JDBC parameters of a bulk insert, which skips building a
 * record per row (jOOQ records took 15 % of an import's writing, issue 9).
 */
record Column<T, V>(Field<V> field, Function<T, V> value) {

    static <T, V> Column<T, V> of(Field<V> field, Function<T, V> value) {
        return new Column<>(field, value);
    }

    /** The same column filled from a part of another object: an event from its row. */
    <S> Column<S, V> from(Function<S, T> part) {
        return new Column<>(field, value.compose(part));
    }

    void copy(T row, Record into) {
        into.set(field, value.apply(row));
    }
}
