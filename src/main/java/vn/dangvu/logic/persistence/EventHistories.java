package vn.dangvu.logic.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipHistory;

/**
 * Histories built from events as the index of each person's events hands them out (person, date,
 * id), then handed to the people read in the order of their ids: a merge of two sorted walks, no
 * map of boxed ids.
 */
final class EventHistories {

    private long[] ids = new long[1024];
    private MembershipHistory[] histories = new MembershipHistory[1024];
    private int size;
    private long member = Long.MIN_VALUE;
    private final List<MembershipEvent> current = new ArrayList<>(8);
    private int next;

    /** The next event, people in ascending id order. */
    void add(long memberId, MembershipEvent event) {
        if (memberId != member) {
            flush();
            if (memberId < member) {
                throw new IllegalStateException("Sự kiện không theo thứ tự người: " + memberId + " sau " + member);
            }
            member = memberId;
        }
        current.add(event);
    }

    EventHistories done() {
        flush();
        return this;
    }

    int size() {
        return size;
    }

    /** The history of the next person, asked for in ascending id order; empty when they have no events. */
    MembershipHistory next(long memberId) {
        while (next < size && ids[next] < memberId) {
            next++;
        }
        return next < size && ids[next] == memberId ? histories[next] : MembershipHistory.empty();
    }

    private void flush() {
        if (current.isEmpty()) {
            return;
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            histories = Arrays.copyOf(histories, size * 2);
        }
        ids[size] = member;
        histories[size++] = MembershipHistory.of(current);
        current.clear();
    }
}
