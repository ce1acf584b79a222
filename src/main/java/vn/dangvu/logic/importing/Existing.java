package vn.dangvu.logic.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dangvu.logic.persistence.ImportRepository.Census;
import vn.dangvu.logic.persistence.ImportRepository.MemberKey;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.Branch;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.rating.BranchRating;
import vn.dangvu.model.rating.MemberRating;

/**
 * What the database already holds that an import is compared with, read in a handful of
 * queries: every person's identity (for matching), then the full records, histories and
 * ratings of only the people the workbook names.
 */
final class Existing {

    final Census census;
    final List<Branch> branches;
    private final Map<String, MemberKey> byCard = new HashMap<>();
    private final Map<String, MemberKey> byCitizenId = new HashMap<>();
    private final Map<String, List<MemberKey>> byNameAndBirth = new HashMap<>();
    private Map<Long, Member> members = Map.of();
    private Map<Long, List<MembershipEvent>> events = Map.of();
    private final Map<Long, Map<Integer, MemberRating>> ratings = new HashMap<>();
    private final Map<Long, Map<Integer, BranchRating>> branchRatings = new HashMap<>();

    private Existing(Census census, List<Branch> branches, List<MemberKey> keys) {
        this.census = census;
        this.branches = branches;
        for (MemberKey key : keys) {
            if (key.cardNumber() != null) {
                byCard.put(key.cardNumber(), key);
            }
            if (key.citizenId() != null) {
                byCitizenId.put(key.citizenId(), key);
            }
            byNameAndBirth.computeIfAbsent(nameAndBirth(key.name(), key.birthDate()), k -> new ArrayList<>(1)).add(key);
        }
    }

    static Existing load(Repositories r, Drafts drafts) {
        Existing existing = new Existing(r.importing().census(), r.branches().all(), r.importing().memberKeys());
        Set<Long> named = new HashSet<>();
        for (Drafts.MemberDraft d : drafts.members) {
            existing.match(d.cardNumber, d.name, d.birthDate).found().ifPresent(k -> named.add(k.id()));
        }
        for (Drafts.RatingDraft d : drafts.ratings) {
            existing.match(d.cardNumber(), d.name(), d.birthDate()).found().ifPresent(k -> named.add(k.id()));
        }
        existing.members = r.importing().members(named);
        existing.events = r.importing().events(named);
        for (MemberRating rating : r.ratings().ofMembers(named)) {
            existing.ratings.computeIfAbsent(rating.memberId(), id -> new HashMap<>()).put(rating.year(), rating);
        }
        for (BranchRating rating : r.ratings().ofBranches()) {
            existing.branchRatings.computeIfAbsent(rating.branchId(), id -> new HashMap<>()).put(rating.year(), rating);
        }
        return existing;
    }

    /** The person a row means: by card number, else by name and birth date. */
    record Match(List<MemberKey> candidates) {
        java.util.Optional<MemberKey> found() {
            return candidates.size() == 1 ? java.util.Optional.of(candidates.get(0)) : java.util.Optional.empty();
        }

        boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    Match match(String cardNumber, PersonName name, LocalDate birthDate) {
        if (cardNumber != null && byCard.containsKey(cardNumber)) {
            return new Match(List.of(byCard.get(cardNumber)));
        }
        if (name == null || birthDate == null) {
            return new Match(List.of());
        }
        return new Match(byNameAndBirth.getOrDefault(nameAndBirth(name, birthDate), List.of()));
    }

    MemberKey holderOfCard(String cardNumber) {
        return cardNumber == null ? null : byCard.get(cardNumber);
    }

    MemberKey holderOfCitizenId(String citizenId) {
        return citizenId == null ? null : byCitizenId.get(citizenId);
    }

    Member member(long id) {
        return members.get(id);
    }

    List<MembershipEvent> events(long id) {
        return events.getOrDefault(id, List.of());
    }

    MemberRating rating(long memberId, int year) {
        return ratings.getOrDefault(memberId, Map.of()).get(year);
    }

    BranchRating branchRating(long branchId, int year) {
        return branchRatings.getOrDefault(branchId, Map.of()).get(year);
    }

    /** Same person: the same name (ignoring case) and birth date. */
    static String nameAndBirth(PersonName name, LocalDate birthDate) {
        return name.full().toLowerCase(Locale.ROOT) + "|" + birthDate;
    }
}
