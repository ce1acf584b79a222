package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    private final Background background = new SynchronousBackground();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final List<String> seen = new ArrayList<>();

    @Test
    void theBusyFlagIsUpWhileTheWorkRunsAndDownWhenTheResultArrives() {
        background.run(busy, () -> {
            seen.add("work, busy " + busy.get());
            return 42;
        }, result -> seen.add("result " + result + ", busy " + busy.get()), error -> fail(error));

        assertEquals(List.of("work, busy true", "result 42, busy false"), seen);
    }

    @Test
    void aFailedWorkAlsoPutsTheBusyFlagDown() {
        background.run(busy, () -> {
            throw new IllegalStateException("Tệp đang mở ở chương trình khác.");
        }, result -> fail("no result expected"), error -> seen.add(error.getMessage() + ", busy " + busy.get()));

        assertEquals(List.of("Tệp đang mở ở chương trình khác., busy false"), seen);
    }
}
