package vn.dangvu.model.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The figures of a group of lines (age bands, grades ...), one per value of the enum, in enum order. */
public final class Figures<K extends Enum<K>> {

    private final Map<K, Figure> figures;

    Figures(EnumMap<K, Figure> figures) {
        this.figures = Collections.unmodifiableMap(figures);
    }

    /** Every line has a figure, zero included. */
    public Figure get(K line) {
        return figures.get(line);
    }

    /** All lines in enum order. */
    public Map<K, Figure> asMap() {
        return figures;
    }

    @Override
    public String toString() {
        return figures.toString();
    }
}
