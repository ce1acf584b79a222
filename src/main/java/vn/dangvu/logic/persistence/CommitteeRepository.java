package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.COMMITTEE;
import static vn.dangvu.logic.persistence.jooq.Tables.COMMITTEE_VERSION;

import java.time.LocalDate;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.dangvu.model.Committee;
import vn.dangvu.model.committee.CommitteeHistory;

/** The one committee row (its first version) and its dated changes. */
public final class CommitteeRepository {

    private final DSLContext dsl;

    CommitteeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The committee as it is named now (its latest version). */
    public Optional<Committee> find() {
        return history().map(CommitteeHistory::latest);
    }

    /** The committee as it was named on the day, for a document of that date. */
    public Optional<Committee> on(LocalDate date) {
        return history().map(h -> h.on(date));
    }

    public Optional<CommitteeHistory> history() {
        return dsl.selectFrom(COMMITTEE).fetchOptional()
                .map(r -> CommitteeHistory.of(new Committee(r.getName(), r.getPlaceName(), r.getSuperiorName()),
                        dsl.selectFrom(COMMITTEE_VERSION).fetch(v -> new CommitteeHistory.Version(v.getValidFrom(),
                                new Committee(v.getName(), v.getPlaceName(), v.getSuperiorName())))));
    }

    /** Sets the committee as it is now: its latest version is corrected (the first one when it never changed). */
    public void save(Committee committee) {
        Optional<LocalDate> latestChange = dsl.select(DSL.max(COMMITTEE_VERSION.VALID_FROM)).from(COMMITTEE_VERSION)
                .fetchOptional(0, LocalDate.class);
        if (latestChange.isPresent()) {
            dsl.update(COMMITTEE_VERSION).set(COMMITTEE_VERSION.NAME, committee.name())
                    .set(COMMITTEE_VERSION.PLACE_NAME, committee.placeName())
                    .set(COMMITTEE_VERSION.SUPERIOR_NAME, committee.superiorName())
                    .where(COMMITTEE_VERSION.VALID_FROM.eq(latestChange.get())).execute();
            return;
        }
        dsl.mergeInto(COMMITTEE)
                .using(DSL.selectOne())
                .on(COMMITTEE.ID.eq(1))
                .whenMatchedThenUpdate()
                .set(COMMITTEE.NAME, committee.name())
                .set(COMMITTEE.PLACE_NAME, committee.placeName())
                .set(COMMITTEE.SUPERIOR_NAME, committee.superiorName())
                .whenNotMatchedThenInsert(COMMITTEE.ID, COMMITTEE.NAME, COMMITTEE.PLACE_NAME, COMMITTEE.SUPERIOR_NAME)
                .values(1, committee.name(), committee.placeName(), committee.superiorName())
                .execute();
    }

    /** Records what the committee is named from a day on (replacing a change recorded for the same day). */
    public void saveFrom(LocalDate validFrom, Committee committee, String recordedBy) {
        dsl.deleteFrom(COMMITTEE_VERSION).where(COMMITTEE_VERSION.VALID_FROM.eq(validFrom)).execute();
        dsl.insertInto(COMMITTEE_VERSION, COMMITTEE_VERSION.VALID_FROM, COMMITTEE_VERSION.NAME,
                        COMMITTEE_VERSION.PLACE_NAME, COMMITTEE_VERSION.SUPERIOR_NAME, COMMITTEE_VERSION.RECORDED_BY)
                .values(validFrom, committee.name(), committee.placeName(), committee.superiorName(), recordedBy)
                .execute();
    }
}
