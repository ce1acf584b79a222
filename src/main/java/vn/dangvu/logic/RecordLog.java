package vn.dangvu.logic;

import java.util.List;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.history.ChangeKind;

/**
 * The change log's line for writes outside a member's own record (branches, meetings, admission
 * dossiers, imports, ratings, badges, fees…): one readable sentence, in the writing transaction.
 * Such writes have their own screens to be corrected on, so Ctrl+Z does not take them back.
 */
public final class RecordLog {

    private RecordLog() {
    }

    /** @param memberId the member the sentence is about, shown on their page; null for none */
    public static void saved(Repositories r, Long memberId, String sentence) {
        r.changes().record(ChangeKind.RECORD_SAVED, memberId, null, sentence, List.of());
    }
}
