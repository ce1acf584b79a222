package vn.dangvu.model.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.OtherOrganisation;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.stats.TransferScopes;

/** The lines of the Sổ giới thiệu sinh hoạt đảng (Mẫu 10-SHĐ) from the stored letters. */
public final class TransferBook {

    private TransferBook() {
    }

    /**
     * @param people      member id → register entry for every member the letters name
     * @param committee   the committee's name, the sending or receiving side of every letter
     * @param branchNames branch id → name
     */
    public static List<LetterLine> lines(List<RecordedLetter> letters, Map<Long, RegisterEntry> people,
                                         String committee, Map<Long, String> branchNames, TransferScopes scopes) {
        List<LetterLine> lines = new ArrayList<>(letters.size());
        for (RecordedLetter recorded : letters) {
            RegisterEntry person = people.get(recorded.memberId());
            if (person == null) {
                continue;
            }
            MembershipHistory history = person.history();
            TransferKind kind = recorded.kind();
            var day = recorded.event().date();
            // The branch left (outgoing) is the one of the day before; the one joined is on the event.
            Long branchId = kind.outgoing() ? history.stateOn(day.minusDays(1)).branchId() : recorded.event().branchId();
            String ours = ours(committee, branchNames.get(branchId));
            String other = describe(recorded.event().otherOrganisation());
            lines.add(new LetterLine(recorded.letter(), kind, person.id(), person.name(), person.birthDate(),
                    history.admissionDateOn(day).orElse(null), history.officialDateOn(day).orElse(null),
                    person.cardNumber(), kind.outgoing() ? ours : other, kind.outgoing() ? other : ours,
                    LetterLine.scopeLabel(scopes.scope(recorded.event().otherOrganisation(), day),
                            scopes.homeHasDistrictOn(day))));
        }
        return lines;
    }

    /** "UBND xã Tân Lập, huyện Đồng Hỷ, tỉnh Thái Nguyên": the name and the places given. */
    public static String describe(OtherOrganisation other) {
        StringJoiner joiner = new StringJoiner(", ");
        for (String part : new String[] {other.name(), other.district(), other.province()}) {
            if (part != null) {
                joiner.add(part);
            }
        }
        return joiner.toString();
    }

    private static String ours(String committee, String branch) {
        return branch == null ? committee : branch + ", " + committee;
    }
}
