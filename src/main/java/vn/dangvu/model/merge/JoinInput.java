package vn.dangvu.model.merge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;

/**
 * Both records of a person found twice, with what is needed to join them.
 *
 * @param hereName    how messages name the data already here ("Đảng bộ xã Hải Yến")
 * @param thereName   how they name the source ("Đảng bộ xã Hải Hà")
 * @param attendance  the days each side lists the person at a branch meeting
 * @param facts       the records kept one per key on either side (ratings, badges, fees)
 * @param settled     the clerk's choices so far, by contradiction field
 */
public record JoinInput(String hereName, Member here, List<MembershipEvent> hereEvents, String thereName,
                        Member there, List<MembershipEvent> thereEvents, Map<Side, List<LocalDate>> attendance,
                        List<KeyedFact> facts, Map<String, Side> settled) {

    public JoinInput {
        hereEvents = List.copyOf(hereEvents);
        thereEvents = List.copyOf(thereEvents);
        attendance = Map.copyOf(attendance);
        facts = List.copyOf(facts);
        settled = Map.copyOf(settled);
    }

    public String name(Side side) {
        return side == Side.HERE ? hereName : thereName;
    }

    public List<LocalDate> attendance(Side side) {
        return attendance.getOrDefault(side, List.of());
    }
}
