package vn.dangvu.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.model.InvalidField;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipRuleViolation;

/** A refusal lands on the field it names, whatever its message says. */
class FormErrorsTest {

    private final Map<String, String> errors = new LinkedHashMap<>();

    @Test
    void aRefusedValueGoesToItsField() {
        assertTrue(FormErrors.putRefusal(errors, new InvalidField("citizenId", "Số CCCD phải gồm đúng 12 chữ số: \"1\".")));
        assertTrue(FormErrors.putRefusal(errors, new RecordRejected("cardNumber", "Số thẻ đảng viên 00112233 đã có.")));
        assertEquals(Map.of("citizenId", "Số CCCD phải gồm đúng 12 chữ số: \"1\".",
                "cardNumber", "Số thẻ đảng viên 00112233 đã có."), errors);
    }

    @Test
    void aRefusalOfNoFieldGoesToTheForm() {
        assertTrue(FormErrors.putRefusal(errors, new RecordRejected(null, "Hồ sơ đã được kết nạp.")));
        assertEquals(Map.of("form", "Hồ sơ đã được kết nạp."), errors);
        MembershipEvent admitted = MembershipEvent.of(MembershipEventType.ADMITTED, LocalDate.of(2020, 9, 2), 1L);
        assertTrue(FormErrors.putRefusal(errors, new MembershipRuleViolation(admitted, "Đã là đảng viên.")));
        assertEquals(Map.of("form", "Đã là đảng viên."), errors);
    }

    @Test
    void aFailureIsNotARefusal() {
        assertFalse(FormErrors.putRefusal(errors, new IllegalStateException("Đĩa đầy.")));
        assertEquals(Map.of(), errors);
    }
}
