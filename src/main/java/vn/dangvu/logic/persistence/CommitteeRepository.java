package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.COMMITTEE;

import java.util.Optional;
import org.jooq.DSLContext;
import vn.dangvu.model.Committee;

/** The one committee row. */
public final class CommitteeRepository {

    private final DSLContext dsl;

    CommitteeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Committee> find() {
        return dsl.selectFrom(COMMITTEE).fetchOptional()
                .map(r -> new Committee(r.getName(), r.getPlaceName(), r.getSuperiorName()));
    }

    public void save(Committee committee) {
        dsl.mergeInto(COMMITTEE)
                .using(org.jooq.impl.DSL.selectOne())
                .on(COMMITTEE.ID.eq(1))
                .whenMatchedThenUpdate()
                .set(COMMITTEE.NAME, committee.name())
                .set(COMMITTEE.PLACE_NAME, committee.placeName())
                .set(COMMITTEE.SUPERIOR_NAME, committee.superiorName())
                .whenNotMatchedThenInsert(COMMITTEE.ID, COMMITTEE.NAME, COMMITTEE.PLACE_NAME, COMMITTEE.SUPERIOR_NAME)
                .values(1, committee.name(), committee.placeName(), committee.superiorName())
                .execute();
    }
}
