package vn.dangvu.logic.register;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.demo.DemoService;
import vn.dangvu.logic.export.ProducedWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.RegisterEntry;

/** CCCD numbers are personal data: the printed member book (Mẫu 7-HSĐV) never shows them. */
class CitizenIdNotExportedTest {

    @TempDir
    Path temp;

    @Test
    void theMemberBookHoldsNoCitizenIdNumber() throws Exception {
        List<String> citizenIds;
        Path file = temp.resolve("so.xlsx");
        try (Database database = Database.open(temp.resolve("data"))) {
            new DemoService(database).fill(30);
            citizenIds = new RegisterService(database).loadRegister().stream().map(RegisterEntry::citizenId)
                    .filter(Objects::nonNull).toList();
            new RegisterExports(database).writeMemberBook(LocalDate.now(), file);
        }
        assertTrue(citizenIds.size() > 10, "demo members have CCCD numbers: " + citizenIds.size());
        try (ProducedWorkbook book = ProducedWorkbook.open(file)) {
            for (Sheet sheet : book.workbook()) {
                String text = String.join("\n", ProducedWorkbook.texts(sheet));
                citizenIds.forEach(id -> assertFalse(text.contains(id), "CCCD " + id + " in " + sheet.getSheetName()));
            }
        }
    }
}
