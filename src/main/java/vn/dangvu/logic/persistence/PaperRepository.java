package vn.dangvu.logic.persistence;

import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER;
import static vn.dangvu.logic.persistence.jooq.Tables.MEMBER_PAPER;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.dangvu.logic.persistence.jooq.tables.records.MemberPaperRecord;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperMedia;
import vn.dangvu.model.paper.RemovedPaper;

/**
 * The papers of members' files (member_paper): what each paper is and its content id. A removed
 * paper keeps its row, with who removed it and when: that is the recycle bin of papers.
 */
public final class PaperRepository {

    private final DSLContext dsl;
    private final EditSession session;

    PaperRepository(DSLContext dsl, EditSession session) {
        this.dsl = dsl;
        this.session = session;
    }

    public Paper insert(Paper paper) {
        var p = MEMBER_PAPER;
        long id = dsl.insertInto(p, p.MEMBER_ID, p.TYPE_CODE, p.PAPER_DATE, p.NOTE, p.CONTENT_ID, p.FILE_NAME, p.MEDIA,
                        p.BYTE_SIZE, p.PAGES, p.THUMBNAIL_ID, p.ADDED_BY)
                .values(paper.memberId(), paper.typeCode(), paper.date(), paper.note(), paper.contentId(),
                        paper.fileName(), paper.media().name(), paper.bytes(), paper.pages(), paper.thumbnailId(),
                        paper.addedBy())
                .returning(p.ID).fetchOne(p.ID);
        return find(id).orElseThrow();
    }

    /** Many papers at once (a merge of former units; the benchmark's synthetic file of thousands of members). */
    public void insertAll(List<Paper> papers) {
        if (papers.isEmpty()) {
            return;
        }
        var p = MEMBER_PAPER;
        var insert = dsl.insertInto(p, p.MEMBER_ID, p.TYPE_CODE, p.PAPER_DATE, p.NOTE, p.CONTENT_ID, p.FILE_NAME, p.MEDIA,
                p.BYTE_SIZE, p.PAGES, p.THUMBNAIL_ID, p.ADDED_BY);
        for (Paper paper : papers) {
            insert = insert.values(paper.memberId(), paper.typeCode(), paper.date(), paper.note(), paper.contentId(),
                    paper.fileName(), paper.media().name(), paper.bytes(), paper.pages(), paper.thumbnailId(),
                    paper.addedBy());
        }
        insert.execute();
    }

    /** A paper, removed or not. */
    public Optional<Paper> find(long id) {
        return dsl.selectFrom(MEMBER_PAPER).where(MEMBER_PAPER.ID.eq(id)).fetchOptional(PaperRepository::toPaper);
    }

    /** The member's papers not removed, oldest first. */
    public List<Paper> forMember(long memberId) {
        return dsl.selectFrom(MEMBER_PAPER)
                .where(MEMBER_PAPER.MEMBER_ID.eq(memberId), MEMBER_PAPER.REMOVED_AT.isNull())
                .orderBy(MEMBER_PAPER.ID).fetch(PaperRepository::toPaper);
    }

    public boolean removed(long id) {
        return dsl.fetchExists(MEMBER_PAPER, MEMBER_PAPER.ID.eq(id), MEMBER_PAPER.REMOVED_AT.isNotNull());
    }

    /** Into the recycle bin; false when it was there already or does not exist. */
    public boolean bin(long id) {
        return dsl.update(MEMBER_PAPER).set(MEMBER_PAPER.REMOVED_AT, DSL.currentLocalDateTime())
                .set(MEMBER_PAPER.REMOVED_BY, session.user())
                .where(MEMBER_PAPER.ID.eq(id), MEMBER_PAPER.REMOVED_AT.isNull()).execute() == 1;
    }

    /** Out of the recycle bin (and no longer marked replaced); false when it was not in it. */
    public boolean unbin(long id) {
        return dsl.update(MEMBER_PAPER).setNull(MEMBER_PAPER.REMOVED_AT).setNull(MEMBER_PAPER.REMOVED_BY)
                .setNull(MEMBER_PAPER.REPLACED_BY)
                .where(MEMBER_PAPER.ID.eq(id), MEMBER_PAPER.REMOVED_AT.isNotNull()).execute() == 1;
    }

    public void markReplaced(long id, long by) {
        dsl.update(MEMBER_PAPER).set(MEMBER_PAPER.REPLACED_BY, by).where(MEMBER_PAPER.ID.eq(id)).execute();
    }

    /** The paper that {@code newId} replaced, if any. */
    public Optional<Long> replacedOne(long newId) {
        return dsl.select(MEMBER_PAPER.ID).from(MEMBER_PAPER).where(MEMBER_PAPER.REPLACED_BY.eq(newId))
                .fetchOptional(MEMBER_PAPER.ID);
    }

    /** The recycle bin of papers, most recently removed first, each with its member's name. */
    public List<RemovedPaper> bin() {
        return dsl.select(MEMBER_PAPER.asterisk(), MEMBER.FAMILY_NAME, MEMBER.MIDDLE_NAME, MEMBER.GIVEN_NAME)
                .from(MEMBER_PAPER).join(MEMBER).on(MEMBER.ID.eq(MEMBER_PAPER.MEMBER_ID))
                .where(MEMBER_PAPER.REMOVED_AT.isNotNull())
                .orderBy(MEMBER_PAPER.REMOVED_AT.desc(), MEMBER_PAPER.ID.desc())
                .fetch(row -> new RemovedPaper(toPaper(row.into(MEMBER_PAPER)), new PersonName(
                        row.get(MEMBER.FAMILY_NAME), row.get(MEMBER.MIDDLE_NAME), row.get(MEMBER.GIVEN_NAME)),
                        row.get(MEMBER_PAPER.REMOVED_BY), row.get(MEMBER_PAPER.REMOVED_AT),
                        row.get(MEMBER_PAPER.REPLACED_BY) != null));
    }

    /** The type codes each member's file holds (papers not removed), for what is missing. */
    public Map<Long, Set<String>> typesByMember(Collection<Long> memberIds) {
        Map<Long, Set<String>> types = new HashMap<>();
        for (List<Long> chunk : Chunks.of(memberIds, 1000)) {
            dsl.selectDistinct(MEMBER_PAPER.MEMBER_ID, MEMBER_PAPER.TYPE_CODE).from(MEMBER_PAPER)
                    .where(MEMBER_PAPER.MEMBER_ID.in(chunk), MEMBER_PAPER.REMOVED_AT.isNull())
                    .forEach(r -> types.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        }
        return types;
    }

    /** Every paper, removed ones included (the recycle bin travels with the records). */
    public List<Paper> all(Condition condition) {
        return dsl.selectFrom(MEMBER_PAPER).where(condition).orderBy(MEMBER_PAPER.ID).fetch(PaperRepository::toPaper);
    }

    /** Every paper of the members, removed ones included, for a merge or a transfer. */
    public List<Paper> ofMembers(Collection<Long> memberIds) {
        return all(MEMBER_PAPER.MEMBER_ID.in(memberIds));
    }

    /** Every paper, removed ones included. */
    public List<Paper> all() {
        return all(DSL.trueCondition());
    }

    /** The content ids the records name (papers and their thumbnails, removed ones included): what a backup must hold. */
    public Set<String> contentIds() {
        Set<String> ids = new HashSet<>();
        dsl.select(MEMBER_PAPER.CONTENT_ID, MEMBER_PAPER.THUMBNAIL_ID).from(MEMBER_PAPER).forEach(r -> {
            ids.add(r.value1());
            ids.add(r.value2());
        });
        return ids;
    }

    private static Paper toPaper(Record row) {
        MemberPaperRecord r = row.into(MEMBER_PAPER);
        return new Paper(r.getId(), r.getMemberId(), r.getTypeCode(), r.getPaperDate(), r.getNote(), r.getContentId(),
                r.getFileName(), PaperMedia.valueOf(r.getMedia()), r.getByteSize(), r.getPages(), r.getThumbnailId(),
                r.getAddedBy(), r.getAddedAt());
    }
}
