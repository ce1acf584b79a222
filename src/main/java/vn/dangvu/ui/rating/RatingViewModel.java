package vn.dangvu.ui.rating;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.dangvu.logic.rating.RatingService;
import vn.dangvu.model.Branch;
import vn.dangvu.model.rating.DistributionTable;
import vn.dangvu.model.rating.GradeCounts;
import vn.dangvu.model.rating.NotRatedReason;
import vn.dangvu.model.rating.RatingCandidate;
import vn.dangvu.model.rating.RatingChecks;
import vn.dangvu.model.rating.RatingDistribution;
import vn.dangvu.model.rating.RatingEntry;
import vn.dangvu.model.rating.RatingGrade;
import vn.dangvu.model.rating.RatingRegime;
import vn.dangvu.model.rating.RatingWarning;
import vn.dangvu.model.rating.RatingYear;
import vn.dangvu.ui.Background;
import vn.dangvu.ui.DialogService;

/**
 * Xếp loại: a year's grades per branch entered from the keyboard, the members not rated and
 * why, the branches' and committee's grades, the checks, and the distribution tables.
 */
public final class RatingViewModel {

    /** The keys of the grades, highest first: xuất sắc, tốt, hoàn thành, không hoàn thành. */
    private static final String[] LETTERS = {"X", "T", "H", "K"};

    private final RatingService ratingService;
    private final Background background;
    private final DialogService dialogs;
    private final String userName;
    private final ObjectProperty<Integer> year;
    private final ObjectProperty<Branch> branch = new SimpleObjectProperty<>();
    private final ObservableList<Branch> branches = FXCollections.observableArrayList();
    private final ObservableList<RatingLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> notRated = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<BranchGradeLine> branchLines = FXCollections.observableArrayList();
    private final ObjectProperty<RatingGrade> committeeGrade = new SimpleObjectProperty<>();
    private final ObservableList<DistributionLine> distribution = FXCollections.observableArrayList();
    final StringProperty fromYear = new SimpleStringProperty();
    final StringProperty toYear = new SimpleStringProperty();
    private final ReadOnlyStringWrapper regimeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper keyHelp = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper typing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Every line of the year that must be rated, all branches: edits survive a change of branch. */
    private final Map<Long, RatingLine> allLines = new LinkedHashMap<>();
    private RatingYear loaded;
    private RatingDistribution shownDistribution;

    public RatingViewModel(RatingService ratingService, Background background, DialogService dialogs, String userName) {
        this.ratingService = ratingService;
        this.background = background;
        this.dialogs = dialogs;
        this.userName = userName;
        int current = ratingService.currentRatingYear();
        year = new SimpleObjectProperty<>(current);
        fromYear.set(String.valueOf(current - 4));
        toYear.set(String.valueOf(current));
        branch.addListener((o, was, now) -> showBranch());
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Branch> branchProperty() {
        return branch;
    }

    public ObservableList<Branch> branches() {
        return branches;
    }

    public ObservableList<RatingLine> lines() {
        return lines;
    }

    public ObservableList<String> notRated() {
        return notRated;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<BranchGradeLine> branchLines() {
        return branchLines;
    }

    public ObjectProperty<RatingGrade> committeeGradeProperty() {
        return committeeGrade;
    }

    public ObservableList<DistributionLine> distribution() {
        return distribution;
    }

    public ReadOnlyStringProperty regimeTextProperty() {
        return regimeText.getReadOnlyProperty();
    }

    /** The keys that rate a line, in the words of the year's regime (scored from 2025). */
    public ReadOnlyStringProperty keyHelpProperty() {
        return keyHelp.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The score being typed ("8…"), shown until Enter. */
    public ReadOnlyStringProperty typingProperty() {
        return typing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The regime of the year shown (its labels, whether it is scored). */
    public RatingRegime regime() {
        return ratingService.regimes().forYear(year.get());
    }

    /** The year's label of a grade for members, or for organisations. */
    public String label(RatingGrade grade, boolean organisation) {
        if (grade == null) {
            return "";
        }
        return organisation ? regime().organisationLabel(grade) : regime().memberLabel(grade);
    }

    /** Reads the year again; unsaved grades are dropped (the view asks first). */
    public void load() {
        int shown = year.get();
        status.set("Đang tải xếp loại năm " + shown + "…");
        background.run(busy, () -> ratingService.load(shown), this::show, this::failed);
    }

    private void show(RatingYear ratingYear) {
        loaded = ratingYear;
        typing.set("");
        RatingRegime regime = ratingYear.regime();
        regimeText.set("Năm " + ratingYear.year() + " xếp loại theo " + regime.basis()
                + (regime.scored() ? ". Chấm điểm: " + regime.band(RatingGrade.EXCELLENT) + " xuất sắc, "
                + regime.band(RatingGrade.GOOD) + " tốt, " + regime.band(RatingGrade.COMPLETED) + " hoàn thành, "
                + regime.band(RatingGrade.NOT_COMPLETED) + " không hoàn thành." : "."));
        keyHelp.set(keyHelp(regime));
        allLines.clear();
        for (RatingCandidate candidate : ratingYear.candidates()) {
            RatingEntry saved = ratingYear.entries().get(candidate.memberId());
            // A member not to be rated gets a line only to clear a grade recorded anyway (the checks warn).
            if (candidate.mustBeRated() || saved != null) {
                RatingLine line = new RatingLine(candidate, saved);
                line.grade.addListener((o, was, now) -> check());
                line.sickLeaveMonths.addListener((o, was, now) -> check());
                allLines.put(candidate.memberId(), line);
            }
        }
        branchLines.clear();
        for (Branch b : ratingYear.branches()) {
            BranchGradeLine line = new BranchGradeLine(b, ratingYear.branchGrades().get(b.id()));
            line.grade.addListener((o, was, now) -> check());
            branchLines.add(line);
        }
        committeeGrade.set(ratingYear.committeeGrade());
        Branch selected = branch.get();
        branches.setAll(ratingYear.branches());
        Branch keep = selected == null ? null : ratingYear.branches().stream()
                .filter(b -> b.id().equals(selected.id())).findFirst().orElse(null);
        branch.set(keep != null ? keep : ratingYear.branches().isEmpty() ? null : ratingYear.branches().get(0));
        showBranch();
        check();
        long toRate = allLines.values().stream().filter(RatingLine::mustBeRated).count();
        long rated = allLines.values().stream().filter(l -> l.mustBeRated() && l.grade.get() != null).count();
        status.set("Năm " + ratingYear.year() + ": đã xếp loại " + rated + "/" + toRate + " đảng viên phải đánh giá.");
    }

    private void showBranch() {
        if (loaded == null) {
            return;
        }
        Branch shown = branch.get();
        lines.setAll(allLines.values().stream().filter(l -> shown != null && shown.id().equals(l.branchId())).toList());
        List<String> apart = new ArrayList<>();
        for (RatingCandidate candidate : loaded.candidates()) {
            if (!candidate.mustBeRated() && shown != null && shown.id().equals(candidate.branchId())) {
                apart.add(candidate.name().full() + " — " + candidate.notRated().label()
                        + (allLines.containsKey(candidate.memberId()) ? " (đã có xếp loại trong bảng)" : ""));
            }
        }
        notRated.setAll(apart);
        typing.set("");
    }

    /** The checks over the whole committee's year, with the grades as they are on screen. */
    private void check() {
        if (loaded == null) {
            return;
        }
        Map<Long, RatingGrade> grades = new HashMap<>();
        Map<Long, Long> branchOf = new HashMap<>();
        Map<Long, Integer> sickLeave = new HashMap<>();
        loaded.entries().values().forEach(e -> {
            grades.put(e.memberId(), e.grade());
            branchOf.put(e.memberId(), e.branchId());
            if (e.sickLeaveMonths() != null) {
                sickLeave.put(e.memberId(), e.sickLeaveMonths());
            }
        });
        for (RatingLine line : allLines.values()) {
            grades.remove(line.memberId());
            sickLeave.remove(line.memberId());
            if (line.grade.get() != null) {
                grades.put(line.memberId(), line.grade.get());
                branchOf.put(line.memberId(), line.branchId());
            }
            if (line.sickLeaveMonths.get() != null) {
                sickLeave.put(line.memberId(), line.sickLeaveMonths.get());
            }
        }
        Map<Long, NotRatedReason> notRated = new HashMap<>();
        loaded.candidates().stream().filter(c -> !c.mustBeRated()).forEach(c -> notRated.put(c.memberId(), c.notRated()));
        Map<Long, RatingGrade> branchGrades = new HashMap<>();
        Map<Long, String> branchNames = new HashMap<>();
        for (BranchGradeLine line : branchLines) {
            branchNames.put(line.branchId(), line.name());
            if (line.grade.get() != null) {
                branchGrades.put(line.branchId(), line.grade.get());
            }
        }
        Map<Long, String> names = new HashMap<>();
        loaded.candidates().forEach(c -> names.put(c.memberId(), c.name().full()));
        List<RatingWarning> found = RatingChecks.check(loaded.regime(), loaded.year(), grades, branchOf, branchGrades,
                loaded.disciplines(), sickLeave, notRated, id -> names.getOrDefault(id, "Đảng viên số " + id),
                id -> branchNames.getOrDefault(id, "Chi bộ số " + id));
        warnings.setAll(found.stream().map(RatingWarning::message).toList());
    }

    /** "X hoặc 1: Hoàn thành xuất sắc nhiệm vụ; …" with the year's own labels; a score and Enter in scored years. */
    static String keyHelp(RatingRegime regime) {
        List<String> keys = new ArrayList<>();
        for (RatingGrade grade : RatingGrade.values()) {
            keys.add(LETTERS[grade.ordinal()] + (regime.scored() ? "" : " hoặc " + (grade.ordinal() + 1)) + ": "
                    + regime.memberLabel(grade));
        }
        if (regime.scored()) {
            return "Chọn một dòng, gõ điểm (0–100) rồi Enter: mức xếp loại theo khung điểm ở trên; dòng kế tiếp được "
                    + "chọn tự động. Backspace xóa chữ số vừa gõ. Chỉ chọn mức (không có điểm): " + String.join("; ", keys)
                    + ".";
        }
        return "Chọn một dòng rồi gõ một phím, dòng kế tiếp được chọn tự động: " + String.join("; ", keys)
                + ". Backspace xóa xếp loại của dòng.";
    }

    /** Sets a grade by hand; in a scored year the score no longer matches and is cleared. */
    public void setGrade(RatingLine line, RatingGrade grade) {
        Integer score = line.score.get();
        if (score != null && regime().scored() && regime().gradeForScore(score) != grade) {
            line.score.set(null);
        }
        line.grade.set(grade);
    }

    /** Sets the 100-point score, and the grade of its band. */
    public void setScore(RatingLine line, int score) {
        if (score < 0 || score > 100) {
            status.set("Điểm phải từ 0 đến 100, không phải " + score + ".");
            return;
        }
        line.score.set(score);
        line.grade.set(regime().gradeForScore(score));
    }

    /**
     * A key typed on a line of the grid. Letters X, T, H, K set the grade (xuất sắc, tốt, hoàn
     * thành, không hoàn thành); digits 1–4 do the same where the year is not scored, and type a
     * score where it is; Enter ends the score. Returns whether the line is done, so the grid
     * moves to the next one.
     */
    public boolean key(RatingLine line, String text) {
        if (line == null || text == null || text.isEmpty()) {
            return false;
        }
        char c = Character.toUpperCase(text.charAt(0));
        int letter = String.join("", LETTERS).indexOf(c);
        if (letter >= 0) {
            typing.set("");
            setGrade(line, RatingGrade.values()[letter]);
            return true;
        }
        if (Character.isDigit(c)) {
            if (!regime().scored()) {
                int rank = c - '1';
                if (rank >= 0 && rank < RatingGrade.values().length) {
                    setGrade(line, RatingGrade.values()[rank]);
                    return true;
                }
                return false;
            }
            if (typing.get().length() < 3) {
                typing.set(typing.get() + c);
            }
            return false;
        }
        if (c == '\r' || c == '\n') {
            if (typing.get().isEmpty()) {
                return false;
            }
            int score = Integer.parseInt(typing.get());
            typing.set("");
            setScore(line, score);
            return score <= 100;
        }
        if (c == '\b' || c == 127) {
            if (!typing.get().isEmpty()) {
                typing.set(typing.get().substring(0, typing.get().length() - 1));
            } else {
                line.score.set(null);
                line.grade.set(null);
            }
        }
        return false;
    }

    public boolean hasChanges() {
        if (loaded == null) {
            return false;
        }
        boolean organisations = branchLines.stream().anyMatch(l -> l.grade.get() != loaded.branchGrades().get(l.branchId()))
                || committeeGrade.get() != loaded.committeeGrade();
        return organisations || allLines.values().stream().anyMatch(l -> l.changed(loaded.year()));
    }

    /** Saves every changed line of the year (all branches) and the organisations' grades, in the background. */
    public void save() {
        if (loaded == null) {
            return;
        }
        int shown = loaded.year();
        List<RatingEntry> entries = new ArrayList<>();
        List<Long> cleared = new ArrayList<>();
        for (RatingLine line : allLines.values()) {
            if (line.changed(shown)) {
                RatingEntry entry = line.entry(shown);
                if (entry == null) {
                    cleared.add(line.memberId());
                } else {
                    entries.add(entry);
                }
            }
        }
        Map<Long, RatingGrade> branchGrades = new HashMap<>();
        branchLines.forEach(l -> branchGrades.put(l.branchId(), l.grade.get()));
        RatingGrade committee = committeeGrade.get();
        background.run(busy, () -> {
            ratingService.saveMembers(shown, entries, cleared, userName);
            ratingService.saveOrganisations(shown, branchGrades, committee, userName);
            return ratingService.load(shown);
        }, saved -> {
            show(saved);
            status.set("Đã lưu xếp loại năm " + shown + " (" + entries.size() + " dòng thay đổi, " + cleared.size()
                    + " dòng xóa). " + status.get());
        }, this::failed);
    }

    /** Shows the distribution tables of the years typed. */
    public void loadDistribution() {
        Optional<int[]> span = span();
        if (span.isEmpty()) {
            return;
        }
        background.run(busy, () -> ratingService.distribution(span.get()[0], span.get()[1]), result -> {
            shownDistribution = result;
            List<DistributionLine> shown = new ArrayList<>();
            add(shown, "Đảng viên — " + result.members().scope(), result.members());
            for (DistributionTable table : result.membersByBranch()) {
                add(shown, "Đảng viên — " + table.scope(), table);
            }
            add(shown, "Tổ chức đảng", result.branches());
            distribution.setAll(shown);
            status.set("Bảng tổng hợp xếp loại từ năm " + result.fromYear() + " đến năm " + result.toYear() + ".");
        }, this::failed);
    }

    private static void add(List<DistributionLine> shown, String scope, DistributionTable table) {
        for (GradeCounts year : table.years()) {
            shown.add(new DistributionLine(scope, String.valueOf(year.year()), year));
        }
    }

    /** Writes the tables of the years typed to an Excel file the clerk chooses (those shown if they match). */
    public void exportDistribution() {
        Optional<int[]> span = span();
        if (span.isEmpty()) {
            return;
        }
        int from = span.get()[0];
        int to = span.get()[1];
        RatingDistribution shown = shownDistribution;
        Optional<Path> file = dialogs.askSaveFile("Xuất bảng tổng hợp xếp loại ra Excel",
                "Xep loai " + from + "-" + to + ".xlsx", "Bảng tính Excel", ".xlsx");
        file.ifPresent(target -> {
            status.set("Đang ghi bảng tổng hợp xếp loại " + from + "–" + to + "…");
            background.run(busy, () -> {
                boolean same = shown != null && shown.fromYear() == from && shown.toYear() == to;
                ratingService.export(same ? shown : ratingService.distribution(from, to), target);
                return target;
            }, done -> {
                status.set("Đã ghi bảng tổng hợp xếp loại " + from + "–" + to + " vào " + done + ".");
            }, this::failed);
        });
    }

    private Optional<int[]> span() {
        try {
            int from = Integer.parseInt(fromYear.get().strip());
            int to = Integer.parseInt(toYear.get().strip());
            if (from > to) {
                status.set("Năm bắt đầu (" + from + ") sau năm kết thúc (" + to + ").");
                return Optional.empty();
            }
            return Optional.of(new int[] {from, to});
        } catch (NumberFormatException | NullPointerException e) {
            status.set("Nhập năm bắt đầu và năm kết thúc bằng số, ví dụ 2016 và 2020.");
            return Optional.empty();
        }
    }

    private void failed(Throwable error) {
        status.set("");
        dialogs.showError("Xếp loại", DialogService.messageOf(error));
    }
}
