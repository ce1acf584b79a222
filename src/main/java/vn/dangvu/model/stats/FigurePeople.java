package vn.dangvu.model.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.register.RegisterRow;

/**
 * The people behind a figure, as the screen and the workbook both list them: in the register's
 * name order, one line per id. A flow that counts a person twice (out and back in) lists them
 * twice, so the list has exactly as many lines as the figure says.
 */
public final class FigurePeople {

    private final List<RegisterEntry> register;
    private final Map<Long, Integer> position = new HashMap<>();

    /** @param register everyone ever in the register, in its name order */
    public FigurePeople(List<RegisterEntry> register) {
        this.register = register;
        for (int i = 0; i < register.size(); i++) {
            position.put(register.get(i).id(), i);
        }
    }

    /** The people of a figure's ids as they stood at the end of {@code day}. */
    public List<RegisterRow> rows(long[] ids, LocalDate day) {
        List<RegisterRow> rows = new ArrayList<>(ids.length);
        Arrays.stream(ids).mapToObj(position::get).filter(i -> i != null).sorted()
                .forEach(i -> rows.add(register.get(i).on(day)));
        return rows;
    }
}
