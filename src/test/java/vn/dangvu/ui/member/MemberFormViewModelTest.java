package vn.dangvu.ui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.logic.branch.BranchService;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.register.RegisterService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.MemberFile;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.Sex;
import vn.dangvu.ui.ScriptedDialogs;
import vn.dangvu.ui.SynchronousBackground;

class MemberFormViewModelTest {

    @TempDir
    Path folder;

    private Database database;
    private RegisterService register;
    private MemberFormViewModel form;
    private Branch napan;
    private Long saved;

    @BeforeEach
    void setUp() {
        database = Database.open(folder);
        BranchService branches = new BranchService(database);
        napan = branches.create("Chi bộ thôn Nà Pàn", BranchKind.VILLAGE, null);
        register = new RegisterService(database);
        form = newForm();
    }

    private MemberFormViewModel newForm() {
        MemberFormViewModel vm = new MemberFormViewModel(register, new SynchronousBackground(), new ScriptedDialogs(),
                "thư ký", LocalDate::now);
        vm.startNew(List.of(napan));
        return vm;
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    private void fillValid(MemberFormViewModel vm) {
        vm.person.familyName.set("Hoàng");
        vm.person.middleName.set("Thị");
        vm.person.givenName.set("Ánh");
        vm.person.sex.set(Sex.FEMALE);
        vm.person.birthDate.set("12/04/1995");
        vm.admissionDate.set("2/9/2020");
        vm.officialDate.set("02/09/2021");
        vm.branch.set(napan);
        vm.person.cardNumber.set("00112233");
    }

    @Test
    void validFormCreatesTheMemberWithAdmissionAndRecognitionEvents() {
        fillValid(form);
        form.save(id -> saved = id);
        MemberFile file = register.loadMember(saved);
        assertEquals("Hoàng Thị Ánh", file.member().name().full());
        assertEquals("00112233", file.member().ids().cardNumber(), "leading zeros are kept");
        assertEquals(MemberStatus.OFFICIAL, file.history().stateOn(LocalDate.of(2021, 9, 2)).status());
        assertEquals(MemberStatus.PROBATIONARY, file.history().stateOn(LocalDate.of(2021, 9, 1)).status());
    }

    @Test
    void missingRequiredFieldsAreAllListed() {
        form.save(id -> saved = id);
        assertEquals(null, saved);
        assertTrue(form.errors().keySet().containsAll(
                List.of("familyName", "givenName", "sex", "birthDate", "admissionDate", "branch")),
                form.errors().toString());
    }

    @Test
    void datesMustBeDayMonthYear() {
        fillValid(form);
        form.person.birthDate.set("1995-04-12");
        form.save(id -> saved = id);
        assertEquals("Ngày sinh \"1995-04-12\" không đúng dạng dd/MM/yyyy.",
                form.errors().get("birthDate"));
    }

    @Test
    void admissionBeforeEighteenIsRefused() {
        fillValid(form);
        form.person.birthDate.set("03/09/2002");
        form.save(id -> saved = id);
        assertEquals("Ngày vào Đảng 02/09/2020: khi đó mới 17 tuổi, phải đủ 18 tuổi.", form.errors().get("admissionDate"));
    }

    @Test
    void officialDateMustFollowAdmission() {
        fillValid(form);
        form.officialDate.set("01/09/2020");
        form.save(id -> saved = id);
        assertTrue(form.errors().get("officialDate").contains("phải sau ngày vào Đảng 02/09/2020"));
    }

    @Test
    void theTwelveMonthDateIsProposedUnderTheOfficialDateAndFilledOnRequest() {
        form.admissionDate.set("29/02/2024");
        // 29/02/2024 + 12 months: 2025 has no 29 February, so 28/02/2025
        assertEquals("Đủ 12 tháng dự bị ngày 28/02/2025: nếu đã được công nhận chính thức, đó là ngày chính thức.",
                form.officialHintProperty().get());
        form.useProposedOfficialDate();
        assertEquals("28/02/2025", form.officialDate.get());
        assertEquals("", form.officialHintProperty().get(), "the right date needs no word");
    }

    @Test
    void anOfficialDateOtherThanTheTwelveMonthDateIsWarnedAndSavedOnlyWhenConfirmed() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        MemberFormViewModel vm = new MemberFormViewModel(register, new SynchronousBackground(), dialogs, "thư ký",
                LocalDate::now);
        vm.startNew(List.of(napan));
        fillValid(vm);
        // the recognition decision's date typed instead: 02/09/2020 + 12 months = 02/09/2021
        vm.officialDate.set("15/10/2021");
        String warning = "Ngày chính thức 15/10/2021 khác ngày đủ 12 tháng dự bị 02/09/2021 (vào Đảng 02/09/2020):"
                + " đảng viên được công nhận chính thức từ ngày đủ 12 tháng, kể cả khi quyết định ra muộn.";
        assertEquals(warning, vm.officialHintProperty().get());

        dialogs.confirms.add(false);
        vm.save(id -> saved = id);
        assertEquals(null, saved, "not confirmed: nothing saved, the clerk corrects the date");

        dialogs.confirms.add(true);
        vm.save(id -> saved = id);
        assertEquals(LocalDate.of(2021, 10, 15), register.loadMember(saved).history()
                .officialDateOn(LocalDate.of(2022, 1, 1)).orElseThrow(), "an old record kept as the clerk confirmed");
        assertTrue(dialogs.confirms.isEmpty());
    }

    @Test
    void cardNumberAlreadyUsedPointsAtTheOtherMember() {
        fillValid(form);
        form.save(id -> saved = id);
        MemberFormViewModel second = newForm();
        fillValid(second);
        second.person.givenName.set("Lan");
        second.save(id -> saved = -1L);
        assertEquals("Số thẻ đảng viên 00112233 đã có trong hồ sơ Hoàng Thị Ánh (sinh 12/04/1995).",
                second.errors().get("cardNumber"));
    }

    @Test
    void citizenIdMustHaveTwelveDigits() {
        fillValid(form);
        form.person.citizenId.set("0123456789");
        form.save(id -> saved = id);
        assertEquals("Số CCCD phải gồm đúng 12 chữ số: \"0123456789\".", form.errors().get("citizenId"));
    }

    @Test
    void transferredInMemberStartsInTheCommitteeOnArrival() {
        fillValid(form);
        form.entry.set(MemberFormViewModel.Entry.TRANSFERRED_IN);
        form.transferInDate.set("15/03/2023");
        form.transferredFrom.set("Đảng bộ xã Đông Ngũ");
        form.save(id -> saved = id);
        MemberFile file = register.loadMember(saved);
        assertEquals(MemberStatus.NOT_YET_MEMBER, file.history().stateOn(LocalDate.of(2023, 3, 14)).status());
        assertEquals(MemberStatus.OFFICIAL, file.history().stateOn(LocalDate.of(2023, 3, 15)).status());
        assertEquals(LocalDate.of(2020, 9, 2), file.history().admissionDateOn(LocalDate.of(2023, 3, 15)).orElseThrow(),
                "the real admission date is kept for party age");
    }

    @Test
    void transferInKeepsTheProvinceAndDistrictTheScopeIsReadFrom() {
        fillValid(form);
        form.entry.set(MemberFormViewModel.Entry.TRANSFERRED_IN);
        form.transferInDate.set("15/03/2023");
        form.transferredFrom.set("Chi bộ Trường THPT Hải Đông");
        form.transferredFromProvince.set("Quảng Ninh");
        form.transferredFromDistrict.set("Thành phố Móng Cái");
        form.save(id -> saved = id);
        MembershipEvent arrival = register.loadMember(saved).history().events().stream()
                .filter(e -> e.type() == MembershipEventType.TRANSFERRED_IN).findFirst().orElseThrow();
        assertEquals(new OtherOrganisation("Chi bộ Trường THPT Hải Đông", "Quảng Ninh", "Thành phố Móng Cái"),
                arrival.otherOrganisation());
    }

    @Test
    void aMemberHostedTemporarilyIsEnteredFromTheFormAndNotCounted() {
        fillValid(form);
        form.entry.set(MemberFormViewModel.Entry.HOSTED);
        form.transferInDate.set("01/10/2026");
        form.transferredFrom.set("Chi bộ Phòng Tài chính, Đảng bộ huyện Đầm Hà");
        form.save(id -> saved = id);
        MembershipState state = register.loadMember(saved).history().stateOn(LocalDate.of(2026, 10, 1));
        assertEquals(MemberStatus.HOSTED, state.status());
        assertEquals(napan.id(), state.branchId());
        assertFalse(state.countsInPartyStrength(), "hosted members are listed apart, not in đảng số");
    }

    @Test
    void editingKeepsTheHistoryAndSavesDetails() {
        fillValid(form);
        form.save(id -> saved = id);
        MemberFormViewModel edit = newForm();
        edit.edit(register.loadMember(saved), List.of(napan));
        assertEquals("02/09/2020", edit.admissionDate.get());
        edit.person.occupation.set("Giáo viên");
        edit.save(id -> { });
        MemberFile file = register.loadMember(saved);
        assertEquals("Giáo viên", file.member().profile().occupation());
        assertEquals(2, file.history().events().size());
    }
}
