package vn.dangvu.logic.importing;

import static vn.dangvu.logic.importing.MemberSheet.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/**
 * Reads the sheets of a workbook into {@link Drafts}: finds the sheets by name, the columns by
 * header, and turns each cell into a value, reporting each bad cell with its sheet, row and
 * column. Nothing here knows the database.
 */
final class WorkbookParser {

    /** ImportColumn widths of the database, so a long value is a row problem and not a failed write. */
    private static final int NAME_PART = 50;
    private static final int SHORT = 50;
    private static final int ADDRESS = 300;

    private final Problems problems;
    private final LocalDate today;
    private final Drafts drafts = new Drafts();

    private WorkbookParser(Problems problems, LocalDate today) {
        this.problems = problems;
        this.today = today;
    }

    static Drafts parse(WorkbookData workbook, Problems problems, LocalDate today) {
        return new WorkbookParser(problems, today).parse(workbook);
    }

    private enum Kind { MEMBERS, RATINGS, BRANCH_RATINGS, BRANCHES }

    private static Kind kindOf(String sheetName) {
        return switch (ImportColumn.key(sheetName)) {
            case "dang vien", "danh sach dang vien" -> Kind.MEMBERS;
            case "xep loai", "xep loai dang vien" -> Kind.RATINGS;
            case "xep loai chi bo" -> Kind.BRANCH_RATINGS;
            case "chi bo", "danh sach chi bo" -> Kind.BRANCHES;
            default -> null;
        };
    }

    private Drafts parse(WorkbookData workbook) {
        List<SheetData> sheets = workbook.sheets();
        SheetData members = sheets.stream().filter(s -> kindOf(s.name()) == Kind.MEMBERS).findFirst()
                .orElseGet(() -> sheets.stream().filter(s -> kindOf(s.name()) == null && !s.isEmpty()).findFirst()
                        .orElse(null));
        // The branches first: the member rows name them.
        sheets.stream().filter(s -> kindOf(s.name()) == Kind.BRANCHES && !s.isEmpty()).findFirst()
                .ifPresent(this::branches);
        if (members != null && !members.isEmpty()) {
            drafts.memberSheet = members.name();
            members(members);
        }
        sheets.stream().filter(s -> kindOf(s.name()) == Kind.RATINGS && !s.isEmpty()).findFirst()
                .ifPresent(this::ratings);
        sheets.stream().filter(s -> kindOf(s.name()) == Kind.BRANCH_RATINGS && !s.isEmpty()).findFirst()
                .ifPresent(this::branchRatings);
        for (SheetData sheet : sheets) {
            if (sheet != members && kindOf(sheet.name()) == null && !sheet.isEmpty()) {
                problems.warn(sheet.name(), 0, null, "Sheet này không thuộc mẫu nhập (Đảng viên, Xếp loại,"
                        + " Xếp loại chi bộ, Chi bộ) nên được bỏ qua.");
            }
        }
        if (drafts.isEmpty() && problems.all().stream().noneMatch(ImportProblem::isError)) {
            problems.error(members == null ? null : members.name(), 0, null,
                    "Không có dòng dữ liệu nào dưới dòng tiêu đề. Không có gì để nhập.");
        }
        return drafts;
    }

    // ------------------------------------------------------------------ Đảng viên

    private void members(SheetData sheet) {
        Table table = Table.read(sheet, COLUMNS, problems);
        if (!table.complete) {
            return;
        }
        for (SheetData.Row row : table.rows) {
            RowReader r = table.reader(row, problems, today);
            if (r.blankExcept(NUMBER)) {
                continue;
            }
            drafts.members.add(member(r));
        }
    }

    private Drafts.MemberDraft member(RowReader r) {
        Drafts.MemberDraft d = new Drafts.MemberDraft(r.sheet(), r.number());
        d.name = name(r, FULL_NAME);
        d.birthDate = r.date(BIRTH_DATE, true);
        String sex = r.requiredText(SEX);
        if (sex != null) {
            Optional<Sex> parsed = Vocabulary.sex(sex);
            if (parsed.isEmpty()) {
                r.error(SEX, "\"" + sex + "\" không phải giới tính (ghi Nam hoặc Nữ).");
            }
            d.sex = parsed.orElse(null);
        }
        d.ethnicity = text(r, ETHNICITY, SHORT);
        d.religion = text(r, RELIGION, SHORT);
        d.homeTown = text(r, HOME_TOWN, ADDRESS);
        d.permanentAddress = text(r, PERMANENT_ADDRESS, ADDRESS);
        d.citizenId = identifier(r, CITIZEN_ID, 12);
        d.cardNumber = identifier(r, CARD_NUMBER, 8);
        d.profileNumber = text(r, PROFILE_NUMBER, 20);
        if (d.citizenId != null) {
            check(r, CITIZEN_ID, () -> new MemberIds(null, null, d.citizenId));
        }
        if (d.cardNumber != null) {
            check(r, CARD_NUMBER, () -> new MemberIds(d.cardNumber, null, null));
        }
        d.branchName = r.requiredText(BRANCH);
        d.admitted = r.date(ADMITTED, true);
        d.decisionDate = r.date(ADMISSION_DECISION, false);
        d.official = r.date(OFFICIAL, false);
        if (d.decisionDate != null && d.admitted != null && d.decisionDate.isAfter(d.admitted)) {
            r.warn(ADMISSION_DECISION, "Ngày quyết định kết nạp sau ngày vào Đảng (ngày lễ kết nạp); hãy kiểm tra.");
        }
        d.generalEducation = generalEducation(r);
        d.professionalLevel = text(r, PROFESSIONAL_LEVEL, 30);
        String theory = r.text(POLITICAL_THEORY);
        if (theory != null) {
            Optional<PoliticalTheory> parsed = Vocabulary.politicalTheory(theory);
            if (parsed.isEmpty()) {
                r.error(POLITICAL_THEORY, "\"" + theory + "\" không phải trình độ lý luận chính trị (để trống hoặc"
                        + " ghi Không, Sơ cấp, Trung cấp, Cao cấp, Cử nhân).");
            }
            d.politicalTheory = parsed.orElse(null);
        }
        d.occupation = text(r, OCCUPATION, 200);
        d.transferredIn = r.date(TRANSFERRED_IN, false);
        d.transferredFrom = companion(r, TRANSFERRED_FROM, d.transferredIn, TRANSFERRED_IN);
        d.transferredOut = r.date(TRANSFERRED_OUT, false);
        d.transferredTo = companion(r, TRANSFERRED_TO, d.transferredOut, TRANSFERRED_OUT);
        d.exempted = r.date(EXEMPTED, false);
        d.died = r.date(DIED, false);
        leaving(r, d);
        d.note = text(r, NOTE, 2000);
        d.failed = r.failed();
        return d;
    }

    private void leaving(RowReader r, Drafts.MemberDraft d) {
        d.left = r.date(LEFT, false);
        String how = r.text(LEFT_HOW);
        if (how != null) {
            d.leftHow = Vocabulary.leaving(how).orElse(null);
            if (d.leftHow == null) {
                r.error(LEFT_HOW, "\"" + how + "\" không phải hình thức ra khỏi Đảng (ghi xóa tên, khai trừ hoặc"
                        + " xin ra khỏi Đảng).");
            }
        }
        if (d.left != null && how == null) {
            r.error(LEFT_HOW, "Có ngày ra khỏi Đảng nhưng chưa ghi hình thức (xóa tên, khai trừ hoặc xin ra khỏi Đảng).");
        } else if (how != null && d.left == null && r.isBlank(LEFT)) {
            r.error(LEFT, "Có hình thức ra khỏi Đảng nhưng chưa có ngày ra khỏi Đảng.");
        }
    }

    /** "Chuyển đến từ" only means something with "Ngày chuyển đến". */
    private static String companion(RowReader r, ImportColumn column, LocalDate date, ImportColumn dateColumn) {
        String text = text(r, column, ADDRESS);
        if (text != null && date == null && r.isBlank(dateColumn)) {
            r.warn(column, "Bỏ qua vì chưa có \"" + dateColumn.label() + "\".");
            return null;
        }
        return text;
    }

    /** "12/12" typed in a cell Excel formats as a date comes back as 12 December: turn it back. */
    private static String generalEducation(RowReader r) {
        if (r.raw(GENERAL_EDUCATION) instanceof LocalDate date) {
            String grade = date.getMonthValue() == 12 ? date.getDayOfMonth() + "/12"
                    : date.getMonthValue() + "/" + date.getDayOfMonth();
            r.warn(GENERAL_EDUCATION, "Excel đã đổi ô này thành ngày; sẽ ghi là \"" + grade + "\".");
            return grade;
        }
        return text(r, GENERAL_EDUCATION, 10);
    }

    // ------------------------------------------------------------------ Chi bộ

    private void branches(SheetData sheet) {
        Table table = Table.read(sheet, OtherSheets.BRANCH_COLUMNS, problems);
        if (!table.complete) {
            return;
        }
        for (SheetData.Row row : table.rows) {
            RowReader r = table.reader(row, problems, today);
            if (r.blankExcept(NUMBER)) {
                continue;
            }
            String name = text(r, OtherSheets.BRANCH_NAME, 200);
            if (name == null) {
                r.missing(OtherSheets.BRANCH_NAME);
            }
            String kindText = r.text(OtherSheets.BRANCH_KIND);
            var kind = kindText == null ? null : Vocabulary.branchKind(kindText).orElse(null);
            if (kindText != null && kind == null) {
                r.error(OtherSheets.BRANCH_KIND, "\"" + kindText + "\" không phải loại chi bộ (Thôn, bản, khu phố;"
                        + " Trường học; Công an; Quân sự; Cơ quan; Doanh nghiệp; Khác).");
            }
            LocalDate founded = r.date(OtherSheets.FOUNDED, false);
            String note = text(r, OtherSheets.BRANCH_NOTE, 1000);
            if (!r.failed()) {
                drafts.branches.add(new Drafts.BranchDraft(r.sheet(), r.number(), name, kind, founded, note));
            }
        }
    }

    // ------------------------------------------------------------------ Xếp loại

    private void ratings(SheetData sheet) {
        Table table = Table.read(sheet, OtherSheets.RATING_COLUMNS, problems);
        if (!table.complete) {
            return;
        }
        if (!table.has(OtherSheets.RATED_CARD) && !(table.has(OtherSheets.RATED_NAME) && table.has(OtherSheets.RATED_BIRTH))) {
            problems.error(sheet.name(), table.headerRow, OtherSheets.RATED_CARD, "Cần cột \"Số thẻ đảng viên\", hoặc"
                    + " hai cột \"Họ và tên\" và \"Ngày sinh\", để biết xếp loại của ai.");
            return;
        }
        for (SheetData.Row row : table.rows) {
            RowReader r = table.reader(row, problems, today);
            if (r.blankExcept(NUMBER)) {
                continue;
            }
            String card = identifier(r, OtherSheets.RATED_CARD, 8);
            PersonName name = r.isBlank(OtherSheets.RATED_NAME) ? null : name(r, OtherSheets.RATED_NAME);
            LocalDate birth = r.date(OtherSheets.RATED_BIRTH, false);
            if (card == null && (name == null || birth == null) && !r.failed()) {
                r.error(card == null && name == null ? OtherSheets.RATED_NAME : OtherSheets.RATED_BIRTH,
                        "Cần số thẻ đảng viên, hoặc họ và tên cùng ngày sinh, để biết xếp loại của ai.");
            }
            Integer year = year(r);
            RatingGrade grade = grade(r);
            Integer score = score(r);
            String note = text(r, OtherSheets.RATING_NOTE, 1000);
            if (!r.failed()) {
                drafts.ratings.add(new Drafts.RatingDraft(r.sheet(), r.number(), name, birth, card, year, grade, score,
                        note));
            }
        }
    }

    private void branchRatings(SheetData sheet) {
        Table table = Table.read(sheet, OtherSheets.BRANCH_RATING_COLUMNS, problems);
        if (!table.complete) {
            return;
        }
        for (SheetData.Row row : table.rows) {
            RowReader r = table.reader(row, problems, today);
            if (r.blankExcept(NUMBER)) {
                continue;
            }
            String branch = r.requiredText(OtherSheets.RATED_BRANCH);
            Integer year = year(r);
            RatingGrade grade = grade(r);
            String note = text(r, OtherSheets.RATING_NOTE, 1000);
            if (!r.failed()) {
                drafts.branchRatings.add(new Drafts.BranchRatingDraft(r.sheet(), r.number(), branch, year, grade, note));
            }
        }
    }

    private Integer year(RowReader r) {
        Integer year = wholeNumber(r, OtherSheets.YEAR, true);
        if (year != null && (year < 1930 || year > today.getYear())) {
            r.error(OtherSheets.YEAR, "Năm " + year + " không hợp lệ (từ 1930 đến " + today.getYear() + ").");
            return null;
        }
        return year;
    }

    private static RatingGrade grade(RowReader r) {
        String text = r.requiredText(OtherSheets.GRADE);
        if (text == null) {
            return null;
        }
        Optional<RatingGrade> grade = Vocabulary.grade(text);
        if (grade.isEmpty()) {
            r.error(OtherSheets.GRADE, "\"" + text + "\" không phải mức xếp loại (" + Vocabulary.GRADES + ").");
        }
        return grade.orElse(null);
    }

    private static Integer score(RowReader r) {
        Integer score = wholeNumber(r, OtherSheets.SCORE, false);
        if (score != null && (score < 0 || score > 100)) {
            r.error(OtherSheets.SCORE, "Điểm phải từ 0 đến 100, không phải " + score + ".");
            return null;
        }
        return score;
    }

    private static Integer wholeNumber(RowReader r, ImportColumn column, boolean required) {
        Object raw = r.raw(column);
        String text = Cells.text(raw);
        if (text == null) {
            if (required) {
                r.missing(column);
            }
            return null;
        }
        String typed = text.strip();
        if (typed.matches("\\d{1,9}")) {
            return Integer.parseInt(typed);
        }
        r.error(column, "\"" + typed + "\" không phải số nguyên.");
        return null;
    }

    // ------------------------------------------------------------------ shared

    /** Họ và tên: trimmed, inner spaces collapsed, NFC; a warning when that changed what was typed. */
    private static PersonName name(RowReader r, ImportColumn column) {
        String typed = Cells.text(r.raw(column));
        if (typed == null) {
            r.missing(column);
            return null;
        }
        String cleaned = PersonName.clean(typed);
        if (!cleaned.equals(typed) && !cleaned.equals(java.text.Normalizer.normalize(typed,
                java.text.Normalizer.Form.NFC))) {
            r.warn(column, "Họ và tên có khoảng trắng thừa; sẽ ghi là \"" + cleaned + "\".");
        }
        try {
            PersonName name = PersonName.parse(cleaned);
            if (name.family().length() > NAME_PART || name.given().length() > NAME_PART
                    || name.middle().length() > 2 * NAME_PART) {
                r.error(column, "Họ và tên dài quá.");
                return null;
            }
            return name;
        } catch (IllegalArgumentException e) {
            r.error(column, e.getMessage());
            return null;
        }
    }

    private static String text(RowReader r, ImportColumn column, int maxLength) {
        String text = r.text(column);
        if (text != null && text.length() > maxLength) {
            r.error(column, "Dài " + text.length() + " ký tự, quá " + maxLength + " ký tự cho phép.");
            return null;
        }
        return text;
    }

    /**
     * Số thẻ, số CCCD: text, leading zeros kept. A number cell has lost them: they are put back
     * up to the usual length, with a warning.
     */
    private static String identifier(RowReader r, ImportColumn column, int usualDigits) {
        Object raw = r.raw(column);
        if (raw instanceof Double number) {
            String digits = Cells.numberText(number);
            if (!digits.matches("\\d+")) {
                r.error(column, "\"" + digits + "\" không phải một dãy chữ số; hãy định dạng cột này là Văn bản (Text).");
                return null;
            }
            if (digits.length() < usualDigits) {
                String padded = "0".repeat(usualDigits - digits.length()) + digits;
                r.warn(column, "Ô dạng số chỉ có " + digits.length() + " chữ số (" + digits + "): Excel đã bỏ số 0 ở"
                        + " đầu. Sẽ ghi là \"" + padded + "\"; hãy kiểm tra và định dạng cột này là Văn bản (Text).");
                return padded;
            }
            return digits;
        }
        String text = r.text(column);
        return text == null ? null : text.replace(" ", "");
    }

    private static void check(RowReader r, ImportColumn column, Runnable validation) {
        try {
            validation.run();
        } catch (IllegalArgumentException e) {
            r.error(column, e.getMessage());
        }
    }
}
