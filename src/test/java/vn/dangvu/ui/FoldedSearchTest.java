package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing without diacritics finds Vietnamese names in a searchable choice list, headless. */
@ExtendWith(ApplicationExtension.class)
class FoldedSearchTest {

    private SearchableComboBox<String> combo;

    @Start
    void start(Stage stage) {
        combo = new SearchableComboBox<>(FXCollections.observableArrayList("Đặng Thị Anh", "Hoàng Văn Anh",
                "Tạ Quang Đức"));
        FoldedSearch.install(combo, name -> name);
        stage.setScene(new Scene(new StackPane(combo), 400, 200));
        stage.show();
    }

    @Test
    void typingWithoutDiacriticsOrCapitalsFindsTheName(FxRobot robot) {
        assertEquals(List.of("Đặng Thị Anh"), filtered(robot, "dang thi"));
        assertEquals(List.of("Tạ Quang Đức"), filtered(robot, "đức"));
        assertEquals(List.of("Đặng Thị Anh", "Hoàng Văn Anh"), filtered(robot, "ANH"));
    }

    @Test
    void theChosenNameIsShownWithoutItsSearchForm(FxRobot robot) {
        robot.interact(() -> combo.setValue("Tạ Quang Đức"));
        assertEquals("Tạ Quang Đức", combo.getButtonCell().getText());
    }

    @SuppressWarnings("unchecked")
    private List<String> filtered(FxRobot robot, String typed) {
        robot.interact(() -> ((TextField) combo.lookup("#search")).setText(typed));
        return List.copyOf(((ComboBox<String>) combo.lookup("#filtered")).getItems());
    }
}
