package vn.dangvu.logic.badge;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.PartyAges;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Decision;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.MembershipState;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.badge.BadgeAward;
import vn.dangvu.model.badge.BadgeCandidate;
import vn.dangvu.model.badge.BadgeCounts;
import vn.dangvu.model.badge.BadgeExclusion;
import vn.dangvu.model.badge.BadgeMember;
import vn.dangvu.model.badge.BadgeRoundList;
import vn.dangvu.model.badge.BadgeRules;
import vn.dangvu.model.badge.EarlyProposal;
import vn.dangvu.model.discipline.Discipline;

/** Huy hiệu Đảng: a round's lists, what the clerk decides on them, the proposal and the yearly counts. */
public final class BadgeService {

    private final Database database;
    private final BadgeRules rules;
    private final Clock clock;

    public BadgeService(Database database, BadgeRules rules) {
        this(database, rules, Clock.systemDefaultZone());
    }

    /** @param clock gives the day on the printed proposal's date line */
    public BadgeService(Database database, BadgeRules rules, Clock clock) {
        this.database = database;
        this.rules = rules;
        this.clock = clock;
    }

    public BadgeRules rules() {
        return rules;
    }

    /** The lists of a round: the register in two queries plus one for decision dates and a few small ones. */
    public BadgeRoundList round(LocalDate round) {
        return database.read(r -> load(r, round));
    }

    private BadgeRoundList load(Repositories r, LocalDate round) {
        Map<Long, String> branchNames = r.branches().namesOn(round);
        PartyAges ages = PartyAges.read(r);
        List<BadgeMember> members = new ArrayList<>();
        for (RegisterEntry entry : r.register().loadAll()) {
            MembershipHistory history = ages.complete(entry.history());
            MembershipState state = history.stateOn(round);
            members.add(new BadgeMember(entry.id(), entry.name(),
                    state.branchId() == null ? "" : branchNames.getOrDefault(state.branchId(), ""), history));
        }
        Map<Long, List<Discipline>> discipline = r.discipline().all().stream()
                .collect(Collectors.groupingBy(Discipline::memberId));
        return BadgeRoundList.build(round, rules, new BadgeRoundList.Input(members, discipline, r.badges().awards(),
                r.badges().exclusions(round), r.badges().proposals(round)));
    }

    /** Records the badge given to a line of the round, refused unless it is proposed and not yet given. */
    public void award(LocalDate round, long memberId, int milestone, Decision decision, String badgeNumber,
                      String recordedBy) {
        database.write(r -> {
            BadgeCandidate line = proposedLine(load(r, round), memberId, milestone);
            if (line.award() != null || r.badges().awards().stream()
                    .anyMatch(a -> a.memberId() == memberId && a.milestone() == milestone)) {
                throw new RecordRejected(null, line.name().full() + " đã được tặng Huy hiệu " + milestone
                        + " năm tuổi Đảng.");
            }
            BadgeAward award = new BadgeAward(memberId, milestone, round, line.kind(), decision, badgeNumber);
            if (award.badgeNumber() != null && r.badges().badgeNumberUsed(award.badgeNumber())) {
                throw new RecordRejected("badgeNumber", "Số huy hiệu " + award.badgeNumber() + " đã ghi cho người khác.");
            }
            r.badges().insert(award, recordedBy);
            RecordLog.saved(r, memberId, "Tặng Huy hiệu " + milestone + " năm tuổi Đảng (đợt " + DateFormats.format(round)
                    + (award.badgeNumber() == null ? "" : ", số huy hiệu " + award.badgeNumber()) + ")");
            return null;
        });
    }

    /** Leaves a candidate out of the round's proposal with the clerk's reason. */
    public void exclude(LocalDate round, long memberId, int milestone, String reason, String recordedBy) {
        BadgeExclusion exclusion = new BadgeExclusion(memberId, round, milestone, reason);
        database.write(r -> {
            BadgeCandidate line = proposedLine(load(r, round), memberId, milestone);
            if (line.award() != null) {
                throw new RecordRejected(null, line.name().full() + " đã được tặng ở đợt này, không thể loại ra.");
            }
            r.badges().insert(exclusion, recordedBy);
            RecordLog.saved(r, memberId, "Không đề nghị Huy hiệu " + milestone + " năm tuổi Đảng đợt "
                    + DateFormats.format(round) + ": " + reason);
            return null;
        });
    }

    /** Takes back a candidate the clerk had left out. */
    public void include(LocalDate round, long memberId, int milestone) {
        database.write(r -> {
            if (!r.badges().deleteExclusion(memberId, round, milestone)) {
                throw new RecordRejected(null, "Người này không bị loại ra bằng tay (lý do kỷ luật tự hết khi hết thời gian chờ).");
            }
            RecordLog.saved(r, memberId, "Đưa lại vào danh sách đề nghị Huy hiệu " + milestone + " năm tuổi Đảng đợt "
                    + DateFormats.format(round));
            return null;
        });
    }

    /** Proposes one of the round's early options (serious illness or posthumous). */
    public void proposeEarly(LocalDate round, long memberId, int milestone, String recordedBy) {
        database.write(r -> {
            BadgeCandidate option = load(r, round).option(memberId, milestone).orElseThrow(() -> new RecordRejected(null,
                    "Người này không thuộc diện đề nghị tặng sớm ở đợt " + vn.dangvu.model.DateFormats.format(round) + "."));
            r.badges().insert(new EarlyProposal(memberId, round, milestone, option.kind()), recordedBy);
            RecordLog.saved(r, memberId, "Đề nghị tặng sớm Huy hiệu " + milestone + " năm tuổi Đảng đợt "
                    + DateFormats.format(round));
            return null;
        });
    }

    /** Biểu 7: badges given in a year per milestone. */
    public BadgeCounts counts(int year) {
        return BadgeCounts.of(year, rules.milestones(), database.read(r -> r.badges().awards()));
    }

    /** Danh sách đề nghị tặng Huy hiệu Đảng of a round as an official Excel sheet; returns the lines written. */
    public int writeProposal(BadgeRoundList list, Path file) {
        LocalDate made = LocalDate.now(clock);
        var committee = database.read(r -> r.committee().on(made).orElse(null));
        try (OfficialWorkbook book = new OfficialWorkbook(committee, made)) {
            BadgeProposalSheet.write(book, list);
            book.save(file);
        }
        return list.proposal().size();
    }

    private static BadgeCandidate proposedLine(BadgeRoundList list, long memberId, int milestone) {
        return Stream.of(list.own(), list.earlier(), list.early()).flatMap(List::stream)
                .filter(c -> c.memberId() == memberId && c.milestone() == milestone).findFirst()
                .orElseThrow(() -> new RecordRejected(null, "Người này không có trong danh sách xét tặng Huy hiệu "
                        + milestone + " năm tuổi Đảng đợt " + vn.dangvu.model.DateFormats.format(list.round()) + "."));
    }
}
