package vn.dangvu.logic.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.dangvu.logic.importing.Drafts.BranchDraft;
import vn.dangvu.logic.importing.Drafts.BranchRatingDraft;
import vn.dangvu.logic.importing.Drafts.MemberDraft;
import vn.dangvu.logic.importing.Drafts.RatingDraft;
import vn.dangvu.logic.importing.ImportPlan.PlannedMember;
import vn.dangvu.logic.persistence.ImportRepository.MemberKey;
import vn.dangvu.model.Branch;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberIds;
import vn.dangvu.model.MemberProfile;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipRuleViolation;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.MemberRating;

/**
 * Compares the parsed rows with what the database holds and decides what to write: new and
 * updated people with the events their dates imply (each history checked by the register's
 * own rules), branches, ratings. A row is matched to a person by card number, else by name and
 * birth date, so importing the same file twice creates nothing new.
 */
final class ImportPlanner {

    /** A row that names a person but has errors: ratings pointing at it are left out silently. */
    private static final long INVALID = Long.MIN_VALUE;

    private final Drafts drafts;
    private final Existing existing;
    private final Problems problems;
    private final LocalDate today;

    private final Map<String, Branch> branchByKey = new HashMap<>();
    private final Map<Long, Branch> branchById = new HashMap<>();
    private final List<Branch> newBranches = new ArrayList<>();
    private final List<Branch> changedBranches = new ArrayList<>();

    private final List<PlannedMember> members = new ArrayList<>();
    private final Map<String, MemberDraft> rowByCard = new HashMap<>();
    private final Map<String, MemberDraft> rowByCitizenId = new HashMap<>();
    private final Map<String, MemberDraft> rowByNameAndBirth = new HashMap<>();
    private final Map<Long, MemberDraft> rowByExistingId = new HashMap<>();
    private final Map<String, Long> idByCard = new HashMap<>();
    private final Map<String, Long> idByNameAndBirth = new HashMap<>();
    private int newMemberCount;
    private int unchangedMembers;

    private final List<MemberRating> memberRatings = new ArrayList<>();
    private final List<BranchRating> branchRatings = new ArrayList<>();
    private final List<ImportUpdate> updates = new ArrayList<>();

    private ImportPlanner(Drafts drafts, Existing existing, Problems problems, LocalDate today) {
        this.drafts = drafts;
        this.existing = existing;
        this.problems = problems;
        this.today = today;
        for (Branch branch : existing.branches) {
            branchByKey.putIfAbsent(branchKey(branch.name()), branch);
            branchById.put(branch.id(), branch);
        }
    }

    static ImportPlan plan(String fileName, Drafts drafts, Existing existing, Problems problems, LocalDate today,
                           List<String> sheetOrder) {
        return new ImportPlanner(drafts, existing, problems, today).plan(fileName, sheetOrder);
    }

    private ImportPlan plan(String fileName, List<String> sheetOrder) {
        drafts.branches.forEach(this::branch);
        drafts.members.forEach(this::member);
        drafts.ratings.forEach(this::rating);
        drafts.branchRatings.forEach(this::branchRating);
        int events = members.stream().mapToInt(m -> m.newEvents().size()).sum();
        ImportSummary summary = new ImportSummary(newMemberCount, members.size() - newMemberCount, unchangedMembers,
                events, newBranches.size(), changedBranches.size(), memberRatings.size(), branchRatings.size());
        List<ImportProblem> sorted = new ArrayList<>(problems.all());
        sorted.sort(java.util.Comparator.comparingInt((ImportProblem p) -> sheetOrder.indexOf(p.sheet()))
                .thenComparingInt(ImportProblem::row));
        ImportBasis basis = ImportBasis.of(existing, members);
        return new ImportPlan(fileName, sorted, summary, updates, basis, newBranches, changedBranches,
                members, memberRatings, branchRatings);
    }

    // ------------------------------------------------------------------ branches

    private final Map<String, String> branchKeys = new HashMap<>();

    /** Thousands of rows name a few dozen branches: fold each name once. */
    private Branch knownBranch(String name) {
        return branchByKey.get(branchKeys.computeIfAbsent(name, ImportPlanner::branchKey));
    }

    /** "Chi bộ thôn Nà Pàn", "THÔN NÀ PÀN" and "chi bo thon na pan" are one branch. */
    static String branchKey(String name) {
        String key = ImportColumn.key(name);
        return key.startsWith("chi bo ") ? key.substring("chi bo ".length()) : key;
    }

    private void branch(BranchDraft d) {
        String key = branchKey(d.name());
        Branch known = branchByKey.get(key);
        RowProblems row = new RowProblems(d.sheet(), d.row());
        if (known != null && (known.id() < 0 || changedBranches.stream().anyMatch(b -> b.id().equals(known.id())))) {
            row.error(OtherSheets.BRANCH_NAME, "Chi bộ \"" + d.name() + "\" đã có ở một dòng trên của sheet này.");
            return;
        }
        try {
            if (known == null) {
                Branch created = new Branch(-(newBranches.size() + 1L), d.name(),
                        d.kind() == null ? vn.dangvu.model.BranchKind.guessFromName(d.name()) : d.kind(), d.foundedOn(),
                        null, null, d.note());
                newBranches.add(created);
                remember(created);
                return;
            }
            Branch changed = new Branch(known.id(), known.name(), d.kind() == null ? known.kind() : d.kind(),
                    d.foundedOn() == null ? known.foundedOn() : d.foundedOn(), known.dissolvedOn(), known.mergedIntoId(),
                    d.note() == null ? known.note() : d.note());
            List<String> changes = new ArrayList<>();
            change(changes, "Loại", known.kind().label(), changed.kind().label());
            change(changes, "Ngày thành lập", DateFormats.format(known.foundedOn()), DateFormats.format(changed.foundedOn()));
            change(changes, "Ghi chú", known.note(), changed.note());
            if (!changes.isEmpty()) {
                changedBranches.add(changed);
                remember(changed);
                updates.add(new ImportUpdate(d.sheet(), d.row(), known.name(), changes));
            }
        } catch (IllegalArgumentException e) {
            row.error(OtherSheets.FOUNDED, e.getMessage());
        }
    }

    private void remember(Branch branch) {
        branchByKey.put(branchKey(branch.name()), branch);
        branchById.put(branch.id(), branch);
    }

    /** The branch a row names; one not known yet is created, with a warning on the first row naming it. */
    private Branch branchNamed(String name, RowProblems row, ImportColumn column) {
        Branch known = knownBranch(name);
        if (known != null) {
            return known;
        }
        Branch created = Branch.create(name, vn.dangvu.model.BranchKind.guessFromName(name), null);
        created = new Branch(-(newBranches.size() + 1L), created.name(), created.kind(), null, null, null, null);
        newBranches.add(created);
        remember(created);
        row.warn(column, "Chi bộ \"" + created.name() + "\" chưa có trong dữ liệu; sẽ được tạo mới (loại: "
                + created.kind().label() + "; sửa được ở màn hình Chi bộ).");
        return created;
    }

    // ------------------------------------------------------------------ members

    /** One member row, from its cells to a checked person with new events, or to its row problems. */
    private void member(MemberDraft d) {
        if (d.failed) {
            rememberIdentity(d, INVALID);
            return;
        }
        RowProblems row = new RowProblems(d.sheet, d.row);
        duplicatesInFile(d, row);
        Existing.Match match = existing.match(d.cardNumber, d.name, d.birthDate);
        MemberKey found = match.found().orElse(null);
        if (match.ambiguous()) {
            row.error(MemberSheet.FULL_NAME, "Có " + match.candidates().size() + " hồ sơ cùng họ tên và ngày sinh"
                    + " trong dữ liệu; hãy ghi Số thẻ đảng viên để biết là người nào.");
        } else if (found != null && rowByExistingId.containsKey(found.id())) {
            row.error(MemberSheet.FULL_NAME, "Cùng một người với dòng " + rowByExistingId.get(found.id()).row
                    + " (" + describe(found) + ").");
        }
        if (found != null) {
            rowByExistingId.putIfAbsent(found.id(), d);
        }
        MemberKey citizenHolder = existing.holderOfCitizenId(d.citizenId);
        if (citizenHolder != null && (found == null || citizenHolder.id() != found.id())) {
            row.error(MemberSheet.CITIZEN_ID, "Số CCCD " + d.citizenId + " đã có trong hồ sơ " + describe(citizenHolder)
                    + ".");
        }
        if (found != null && found.cardNumber() != null && d.cardNumber != null
                && !found.cardNumber().equals(d.cardNumber)) {
            row.warn(MemberSheet.CARD_NUMBER, "Hồ sơ " + describe(found) + " đang có số thẻ " + found.cardNumber()
                    + "; sẽ đổi thành " + d.cardNumber + ".");
        }
        Branch branch = branchNamed(d.branchName, row, MemberSheet.BRANCH);
        Member base = found == null ? null : existing.member(found.id());
        long id = found == null ? -(newMemberCount + 1L) : found.id();
        Member member;
        try {
            member = merge(base, d, id);
        } catch (IllegalArgumentException e) {
            row.error(null, e.getMessage());
            rememberIdentity(d, INVALID);
            return;
        }
        List<MembershipEvent> history = base == null ? List.of() : existing.events(base.id());
        List<Tagged> events = newEvents(d, branch, history);
        MembershipHistory checked = check(member, base, history, events, branch, row);
        if (row.failed) {
            rememberIdentity(d, INVALID);
            return;
        }
        if (base != null) {
            warnIfBranchDiffers(checked, branch, row);
        }
        List<MembershipEvent> plain = events.stream().map(Tagged::event).toList();
        if (base == null) {
            newMemberCount++;
            members.add(new PlannedMember(d.row, member, true, true, plain));
        } else {
            List<String> changes = changes(base, member);
            boolean changed = !changes.isEmpty();
            plain.forEach(e -> changes.add("thêm sự kiện " + e.type().label() + " ngày " + DateFormats.format(e.date())));
            if (changes.isEmpty()) {
                unchangedMembers++;
            } else {
                members.add(new PlannedMember(d.row, member, false, changed, plain));
                updates.add(new ImportUpdate(d.sheet, d.row, member.name().full(), changes));
            }
        }
        rememberIdentity(d, id);
    }

    private void duplicatesInFile(MemberDraft d, RowProblems row) {
        if (d.cardNumber != null) {
            MemberDraft other = rowByCard.putIfAbsent(d.cardNumber, d);
            if (other != null) {
                row.error(MemberSheet.CARD_NUMBER, "Số thẻ " + d.cardNumber + " trùng với dòng " + other.row + ".");
            }
        }
        if (d.citizenId != null) {
            MemberDraft other = rowByCitizenId.putIfAbsent(d.citizenId, d);
            if (other != null) {
                row.error(MemberSheet.CITIZEN_ID, "Số CCCD " + d.citizenId + " trùng với dòng " + other.row + ".");
            }
        }
        MemberDraft other = rowByNameAndBirth.putIfAbsent(Existing.nameAndBirth(d.name, d.birthDate), d);
        if (other != null && (d.cardNumber == null || other.cardNumber == null)) {
            row.error(MemberSheet.FULL_NAME, "Trùng họ tên và ngày sinh với dòng " + other.row
                    + "; nếu là hai người khác nhau, hãy ghi số thẻ đảng viên của cả hai.");
        }
    }

    /** Where ratings find this row's person: its id, provisional id, or {@link #INVALID}. */
    private void rememberIdentity(MemberDraft d, long id) {
        if (d.cardNumber != null) {
            idByCard.putIfAbsent(d.cardNumber, id);
        }
        if (d.name != null && d.birthDate != null) {
            idByNameAndBirth.putIfAbsent(Existing.nameAndBirth(d.name, d.birthDate), id);
        }
    }

    /** The file's values over the record's; a blank cell keeps what the record has. */
    private static Member merge(Member base, MemberDraft d, long id) {
        MemberProfile.Builder p = base == null ? new MemberProfile.Builder() : base.profile().toBuilder();
        p.homeTown = or(d.homeTown, p.homeTown);
        p.permanentAddress = or(d.permanentAddress, p.permanentAddress);
        p.generalEducation = or(d.generalEducation, p.generalEducation);
        p.professionalLevel = or(d.professionalLevel, p.professionalLevel);
        p.politicalTheory = d.politicalTheory != null ? d.politicalTheory
                : p.politicalTheory == null ? PoliticalTheory.NONE : p.politicalTheory;
        p.occupation = or(d.occupation, p.occupation);
        p.note = or(d.note, p.note);
        MemberIds ids = base == null ? MemberIds.NONE : base.ids();
        ids = new MemberIds(or(d.cardNumber, ids.cardNumber()), or(d.profileNumber, ids.profileNumber()),
                or(d.citizenId, ids.citizenId()));
        return new Member(id, base == null ? 0 : base.version(), d.name, d.sex, d.birthDate,
                d.ethnicity != null ? d.ethnicity : base == null ? null : base.ethnicity(),
                d.religion != null ? d.religion : base == null ? null : base.religion(), ids, p.build());
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    /** An event and the column its date came from. */
    private record Tagged(MembershipEvent event, ImportColumn column) {
    }

    /** The events the row's dates imply, less those (same type and date) already in the history. */
    private static List<Tagged> newEvents(MemberDraft d, Branch branch, List<MembershipEvent> history) {
        List<Tagged> events = new ArrayList<>();
        boolean transferred = d.transferredIn != null;
        events.add(new Tagged(MembershipEvent.of(MembershipEventType.ADMITTED, d.admitted, transferred ? null : branch.id())
                .withDecision(new Decision(null, d.decisionDate, null)), MemberSheet.ADMITTED));
        if (transferred) {
            events.add(new Tagged(MembershipEvent.of(MembershipEventType.TRANSFERRED_IN, d.transferredIn, branch.id())
                    .withOtherOrganisation(new OtherOrganisation(d.transferredFrom, null, null)), MemberSheet.TRANSFERRED_IN));
        }
        add(events, MembershipEventType.RECOGNIZED_OFFICIAL, d.official, MemberSheet.OFFICIAL);
        add(events, MembershipEventType.EXEMPTED, d.exempted, MemberSheet.EXEMPTED);
        if (d.transferredOut != null) {
            events.add(new Tagged(MembershipEvent.of(MembershipEventType.TRANSFERRED_OUT, d.transferredOut, null)
                    .withOtherOrganisation(new OtherOrganisation(d.transferredTo, null, null)), MemberSheet.TRANSFERRED_OUT));
        }
        if (d.leftHow != null) {
            add(events, d.leftHow, d.left, MemberSheet.LEFT);
        }
        add(events, MembershipEventType.DIED, d.died, MemberSheet.DIED);
        events.removeIf(t -> history.stream().anyMatch(e -> e.type() == t.event().type() && e.date().equals(t.event().date())));
        return events;
    }

    private static void add(List<Tagged> events, MembershipEventType type, LocalDate date, ImportColumn column) {
        if (date != null) {
            events.add(new Tagged(MembershipEvent.of(type, date, null), column));
        }
    }

    /** The history with the new events, checked by the register's rules; problems go to the row. */
    private MembershipHistory check(Member member, Member base, List<MembershipEvent> stored, List<Tagged> events,
                                    Branch branch, RowProblems row) {
        MembershipHistory history = MembershipHistory.of(stored);
        if (base != null && !base.birthDate().equals(member.birthDate())) {
            try {
                history.validate(member.birthDate());
            } catch (MembershipRuleViolation e) {
                row.error(MemberSheet.BIRTH_DATE, e.getMessage());
                return history;
            }
        }
        for (Tagged tagged : events) {
            try {
                history = history.append(tagged.event(), member.birthDate());
            } catch (MembershipRuleViolation e) {
                row.error(tagged.column(), e.getMessage());
                return history;
            }
            MembershipEvent event = tagged.event();
            if (event.branchId() != null && !branch.activeOn(event.date())) {
                row.error(MemberSheet.BRANCH, branch.name() + " không hoạt động ngày " + DateFormats.format(event.date())
                        + (branch.dissolvedOn() != null ? " (giải thể từ " + DateFormats.format(branch.dissolvedOn()) + ")."
                        : " (thành lập ngày " + DateFormats.format(branch.foundedOn()) + ")."));
                return history;
            }
        }
        if (branch.dissolvedOn() != null) {
            MembershipState state = history.stateOn(branch.dissolvedOn());
            if (branch.id().equals(state.branchId()) && state.countsInPartyStrength()) {
                row.error(MemberSheet.BRANCH, branch.name() + " đã giải thể ngày " + DateFormats.format(branch.dissolvedOn())
                        + " mà người này vẫn còn ở đó; hãy ghi việc chuyển chi bộ trên trang đảng viên rồi nhập lại.");
            }
        }
        return history;
    }

    /** A branch move is never inferred from a list: the clerk records it with its date. */
    private void warnIfBranchDiffers(MembershipHistory history, Branch branch, RowProblems row) {
        MembershipState now = history.stateOn(today);
        if (now.countsInPartyStrength() && now.branchId() != null && !now.branchId().equals(branch.id())) {
            Branch current = branchById.get(now.branchId());
            row.warn(MemberSheet.BRANCH, "Theo dữ liệu, người này đang sinh hoạt ở "
                    + (current == null ? "chi bộ khác" : current.name()) + ". Việc chuyển chi bộ không được nhập từ tệp;"
                    + " hãy ghi \"Chuyển chi bộ\" (có ngày) trên trang đảng viên.");
        }
    }

    private record Shown(String label, Function<Member, String> value) {
    }

    private static final List<Shown> SHOWN = List.of(
            new Shown("Họ và tên", m -> m.name().full()),
            new Shown("Giới tính", m -> m.sex().label()),
            new Shown("Ngày sinh", m -> DateFormats.format(m.birthDate())),
            new Shown("Dân tộc", Member::ethnicity),
            new Shown("Tôn giáo", m -> m.religion() == null ? "Không" : m.religion()),
            new Shown("Quê quán", m -> m.profile().homeTown()),
            new Shown("Nơi thường trú", m -> m.profile().permanentAddress()),
            new Shown("Số CCCD", m -> m.ids().citizenId()),
            new Shown("Số thẻ đảng viên", m -> m.ids().cardNumber()),
            new Shown("Số lý lịch", m -> m.ids().profileNumber()),
            new Shown("Giáo dục phổ thông", m -> m.profile().generalEducation()),
            new Shown("Chuyên môn", m -> m.profile().professionalLevel()),
            new Shown("Lý luận chính trị", m -> m.profile().politicalTheory().label()),
            new Shown("Nghề nghiệp", m -> m.profile().occupation()),
            new Shown("Ghi chú", m -> m.profile().note()));

    private static List<String> changes(Member before, Member after) {
        List<String> changes = new ArrayList<>();
        for (Shown shown : SHOWN) {
            change(changes, shown.label(), shown.value().apply(before), shown.value().apply(after));
        }
        return changes;
    }

    private static void change(List<String> changes, String label, String before, String after) {
        String was = before == null || before.isEmpty() ? null : before;
        String now = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(was, now)) {
            changes.add(label + ": " + shown(was) + " → " + shown(now));
        }
    }

    private static String shown(String value) {
        return value == null ? "trống" : "\"" + value + "\"";
    }

    private static String describe(MemberKey key) {
        return key.name().full() + " (sinh " + DateFormats.format(key.birthDate()) + ")";
    }

    // ------------------------------------------------------------------ ratings

    private final Map<String, RatingDraft> ratingRows = new HashMap<>();

    private void rating(RatingDraft d) {
        RowProblems row = new RowProblems(d.sheet(), d.row());
        Long memberId = ratedMember(d, row);
        if (memberId == null || memberId == INVALID) {
            return;
        }
        RatingDraft earlier = ratingRows.putIfAbsent(memberId + "|" + d.year(), d);
        if (earlier != null) {
            row.error(OtherSheets.YEAR, "Đã có xếp loại năm " + d.year() + " của người này ở dòng " + earlier.row() + ".");
            return;
        }
        MemberRating before = memberId > 0 ? existing.rating(memberId, d.year()) : null;
        MemberRating rating = new MemberRating(memberId, d.year(), d.grade(),
                d.score() != null ? d.score() : before == null ? null : before.score(),
                d.note() != null ? d.note() : before == null ? null : before.note());
        if (rating.equals(before)) {
            return;
        }
        if (before != null) {
            List<String> changes = new ArrayList<>();
            change(changes, "Xếp loại năm " + d.year(), before.grade().abbreviation(), rating.grade().abbreviation());
            change(changes, "Điểm năm " + d.year(), score(before.score()), score(rating.score()));
            change(changes, "Ghi chú xếp loại năm " + d.year(), before.note(), rating.note());
            updates.add(new ImportUpdate(d.sheet(), d.row(), ratedName(d, memberId), changes));
        }
        memberRatings.add(rating);
    }

    private static String score(Integer score) {
        return score == null ? null : score.toString();
    }

    private String ratedName(RatingDraft d, long memberId) {
        Member member = existing.member(memberId);
        return member != null ? member.name().full() : d.name() != null ? d.name().full() : "thẻ " + d.cardNumber();
    }

    /** The person a rating row means, in this file or in the database; null (reported) when none. */
    private Long ratedMember(RatingDraft d, RowProblems row) {
        if (d.cardNumber() != null) {
            Long id = idByCard.get(d.cardNumber());
            if (id != null) {
                return id;
            }
            MemberKey holder = existing.holderOfCard(d.cardNumber());
            if (holder != null) {
                return holder.id();
            }
        }
        if (d.name() != null && d.birthDate() != null) {
            Long id = idByNameAndBirth.get(Existing.nameAndBirth(d.name(), d.birthDate()));
            if (id != null) {
                return id;
            }
            Existing.Match match = existing.match(null, d.name(), d.birthDate());
            if (match.ambiguous()) {
                row.error(OtherSheets.RATED_NAME, "Có " + match.candidates().size() + " hồ sơ cùng họ tên và ngày sinh;"
                        + " hãy ghi Số thẻ đảng viên để biết là người nào.");
                return null;
            }
            if (match.found().isPresent()) {
                return match.found().get().id();
            }
        }
        String who = d.cardNumber() != null ? "số thẻ " + d.cardNumber() : "";
        if (d.name() != null) {
            who += (who.isEmpty() ? "" : ", ") + d.name().full()
                    + (d.birthDate() == null ? "" : " sinh " + DateFormats.format(d.birthDate()));
        }
        row.error(d.cardNumber() != null ? OtherSheets.RATED_CARD : OtherSheets.RATED_NAME, "Không tìm thấy đảng viên ("
                + who + ") trong sheet '" + drafts.memberSheet + "' hay trong dữ liệu.");
        return null;
    }

    private final Map<String, BranchRatingDraft> branchRatingRows = new HashMap<>();

    private void branchRating(BranchRatingDraft d) {
        RowProblems row = new RowProblems(d.sheet(), d.row());
        Branch branch = branchNamed(d.branchName(), row, OtherSheets.RATED_BRANCH);
        BranchRatingDraft earlier = branchRatingRows.putIfAbsent(branch.id() + "|" + d.year(), d);
        if (earlier != null) {
            row.error(OtherSheets.YEAR, "Đã có xếp loại năm " + d.year() + " của chi bộ này ở dòng " + earlier.row() + ".");
            return;
        }
        BranchRating before = branch.id() > 0 ? existing.branchRating(branch.id(), d.year()) : null;
        BranchRating rating = new BranchRating(branch.id(), d.year(), d.grade(),
                d.note() != null ? d.note() : before == null ? null : before.note());
        if (rating.equals(before)) {
            return;
        }
        if (before != null) {
            List<String> changes = new ArrayList<>();
            change(changes, "Xếp loại năm " + d.year(), before.grade().abbreviation(), rating.grade().abbreviation());
            change(changes, "Ghi chú xếp loại năm " + d.year(), before.note(), rating.note());
            updates.add(new ImportUpdate(d.sheet(), d.row(), branch.name(), changes));
        }
        branchRatings.add(rating);
    }

    /** Reports the problems of one row and remembers whether it had an error. */
    private final class RowProblems {
        private final String sheet;
        private final int row;
        boolean failed;

        RowProblems(String sheet, int row) {
            this.sheet = sheet;
            this.row = row;
        }

        void error(ImportColumn column, String message) {
            failed = true;
            problems.error(sheet, row, column, message);
        }

        void warn(ImportColumn column, String message) {
            problems.warn(sheet, row, column, message);
        }
    }
}
