package vn.dangvu.model.stats;

/** Biểu 1 — tăng, giảm đảng viên: A opening, B increases, C decreases, D closing. */
public final class ChangeTable {

    private final Figures<ChangeLine> lines;

    ChangeTable(Figures<ChangeLine> lines) {
        this.lines = lines;
    }

    public Figure get(ChangeLine line) {
        return lines.get(line);
    }

    public Figures<ChangeLine> lines() {
        return lines;
    }

    /** A + B − C = D for this period. */
    public boolean balanced() {
        return get(ChangeLine.OPENING).value() + get(ChangeLine.INCREASES).value()
                - get(ChangeLine.DECREASES).value() == get(ChangeLine.CLOSING).value();
    }

    /** A + B − C = D for the same period last year. */
    public boolean balancedLastYear() {
        return get(ChangeLine.OPENING).lastYear() + get(ChangeLine.INCREASES).lastYear()
                - get(ChangeLine.DECREASES).lastYear() == get(ChangeLine.CLOSING).lastYear();
    }
}
