package vn.dangvu.logic.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangvu.logic.importing.ImportPlan.PlannedMember;
import vn.dangvu.logic.persistence.ImportRepository.Census;
import vn.dangvu.logic.persistence.ImportRepository.HistoryMark;
import vn.dangvu.logic.persistence.ImportRepository.MemberKey;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;

/**
 * What a preview relied on, checked again in the transaction that writes it (decision 0027): the
 * branches as they were, nobody added since who is one of the preview's new people, and the
 * histories of the people it changes as they were (their records are checked by the version of
 * each write itself). A change elsewhere in the register no longer stops an import, so clerks
 * importing different lists at the same time all succeed.
 */
final class ImportBasis {

    private final Census census;
    private final List<Branch> branches;
    private final Map<Long, HistoryMark> histories;

    private ImportBasis(Census census, List<Branch> branches, Map<Long, HistoryMark> histories) {
        this.census = census;
        this.branches = List.copyOf(branches);
        this.histories = Map.copyOf(histories);
    }

    static ImportBasis of(Existing existing, List<PlannedMember> members) {
        Map<Long, HistoryMark> histories = new HashMap<>();
        for (PlannedMember planned : members) {
            if (!planned.isNew()) {
                long id = planned.member().id();
                histories.put(id, HistoryMark.of(existing.events(id)));
            }
        }
        return new ImportBasis(existing.census, existing.branches, histories);
    }

    /** @throws ImportRejected saying what changed since the preview */
    void check(Repositories r, ImportPlan plan) {
        checkBranches(r.branches().all(), plan.newBranches);
        if (!r.importing().census().equals(census)) {
            checkStillNew(r, plan.members.stream().filter(PlannedMember::isNew).map(PlannedMember::member).toList());
        }
        Map<Long, HistoryMark> now = r.importing().historyMarks(histories.keySet());
        for (PlannedMember planned : plan.members) {
            Long id = planned.member().id();
            if (!planned.isNew() && !histories.get(id).equals(now.getOrDefault(id, new HistoryMark(0, 0)))) {
                throw changed("quá trình sinh hoạt của " + planned.member().name().full()
                        + " vừa được ghi thêm hoặc sửa ở nơi khác");
            }
        }
    }

    private void checkBranches(List<Branch> current, List<Branch> created) {
        Map<Long, Branch> byId = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Branch branch : current) {
            byId.put(branch.id(), branch);
            names.add(ImportPlanner.branchKey(branch.name()));
        }
        for (Branch branch : branches) {
            if (!branch.equals(byId.get(branch.id()))) {
                throw changed(branch.name() + " vừa được sửa ở nơi khác");
            }
        }
        for (Branch branch : created) {
            if (names.contains(ImportPlanner.branchKey(branch.name()))) {
                throw changed(branch.name() + " vừa được thêm ở nơi khác");
            }
        }
    }

    /** The preview's new people, matched again against whoever was added since (by card, CCCD, name and birth date). */
    private static void checkStillNew(Repositories r, List<Member> created) {
        Set<String> cards = new HashSet<>();
        Set<String> citizenIds = new HashSet<>();
        Set<java.time.LocalDate> birthDates = new HashSet<>();
        for (Member member : created) {
            addIfSet(cards, member.ids().cardNumber());
            addIfSet(citizenIds, member.ids().citizenId());
            addIfSet(birthDates, member.birthDate());
        }
        Set<String> takenCards = new HashSet<>();
        Set<String> takenCitizenIds = new HashSet<>();
        Set<String> takenNames = new HashSet<>();
        for (MemberKey key : r.importing().keysMatching(cards, citizenIds, birthDates)) {
            addIfSet(takenCards, key.cardNumber());
            addIfSet(takenCitizenIds, key.citizenId());
            takenNames.add(Existing.nameAndBirth(key.name(), key.birthDate()));
        }
        for (Member member : created) {
            if (takenCards.contains(member.ids().cardNumber()) || takenCitizenIds.contains(member.ids().citizenId())
                    || takenNames.contains(Existing.nameAndBirth(member.name(), member.birthDate()))) {
                throw changed(member.name().full() + " vừa được thêm vào sổ ở nơi khác");
            }
        }
    }

    private static <T> void addIfSet(Set<T> set, T value) {
        if (value != null) {
            set.add(value);
        }
    }

    static ImportRejected changed(String what) {
        return new ImportRejected("Dữ liệu đã thay đổi từ lúc xem trước: " + what + ". Hãy xem trước lại rồi nhập."
                + " Không có gì được nhập.");
    }
}
