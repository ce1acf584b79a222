package vn.dangvu.model.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.WorkingDays;
import vn.dangvu.model.due.DueItem;
import vn.dangvu.model.due.DueKind;

/**
 * The due items of transfers (DOMAIN.md §7): an official letter must be presented at the
 * destination within 30 working days of its date, and a member must start the transfer within
 * 60 working days of the change that calls for it. Both are listed from their start until
 * resolved, like every due item.
 */
public final class TransferDues {

    public static final int PRESENT_WORKING_DAYS = 30;
    public static final int START_WORKING_DAYS = 60;

    private TransferDues() {
    }

    /**
     * @param letters  stored letters (only official outgoing ones not yet confirmed give items)
     * @param expected recorded changes that call for a transfer
     * @param people   member id → register entry, for every member named by the letters and changes
     */
    public static List<DueItem> on(LocalDate asOf, List<RecordedLetter> letters, List<ExpectedTransfer> expected,
                                   Map<Long, RegisterEntry> people, Map<Long, String> branchNames, WorkingDays days) {
        List<DueItem> items = new ArrayList<>();
        for (RecordedLetter line : letters) {
            TransferLetter letter = line.letter();
            boolean open = line.kind() == TransferKind.OFFICIAL_OUT && !letter.letterDate().isAfter(asOf)
                    && (letter.receiptConfirmedOn() == null || letter.receiptConfirmedOn().isAfter(asOf));
            RegisterEntry person = people.get(line.memberId());
            if (open && person != null) {
                items.add(item(DueKind.TRANSFER_LETTER_PRESENTED, person, branchNames, asOf, letter.letterDate(),
                        PRESENT_WORKING_DAYS, days));
            }
        }
        for (ExpectedTransfer change : expected) {
            RegisterEntry person = people.get(change.memberId());
            if (person != null && open(change, person.history(), asOf)) {
                items.add(item(DueKind.TRANSFER_START, person, branchNames, asOf, change.occurredOn(),
                        START_WORKING_DAYS, days));
            }
        }
        return items;
    }

    /** Listed from the change until a transfer out on or after it, the member's leaving, or its closing. */
    static boolean open(ExpectedTransfer change, MembershipHistory history, LocalDate asOf) {
        if (change.occurredOn().isAfter(asOf) || change.closedOn() != null && !change.closedOn().isAfter(asOf)) {
            return false;
        }
        if (!history.stateOn(asOf).countsInPartyStrength()) {
            return false;
        }
        for (MembershipEvent event : history.events()) {
            if (event.type() == MembershipEventType.TRANSFERRED_OUT && !event.date().isBefore(change.occurredOn())
                    && !event.date().isAfter(asOf)) {
                return false;
            }
        }
        return true;
    }

    /** The item due the {@code workingDays}-th working day after {@code from}. */
    private static DueItem item(DueKind kind, RegisterEntry person, Map<Long, String> branchNames, LocalDate asOf,
                                LocalDate from, int workingDays, WorkingDays days) {
        String branch = branchNames.getOrDefault(person.history().stateOn(asOf).branchId(), "");
        LocalDate due = days.nthAfter(from, workingDays);
        return new DueItem(kind, person.name(), branch, due, asOf.isAfter(due), person.id(), null,
                days.missingHolidays(from, due).orElse(null));
    }
}
