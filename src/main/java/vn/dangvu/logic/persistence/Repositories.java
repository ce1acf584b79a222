package vn.dangvu.logic.persistence;

import org.jooq.DSLContext;

/** The repositories of one unit of work (a transaction or a plain read). */
public final class Repositories {

    private final DSLContext dsl;
    private final EditSession session;

    Repositories(DSLContext dsl, EditSession session) {
        this.dsl = dsl;
        this.session = session;
    }

    /** For the few classes of this package that work on two databases at once (a merge's copy). */
    DSLContext dsl() {
        return dsl;
    }

    public CommitteeRepository committee() {
        return new CommitteeRepository(dsl);
    }

    public BranchRepository branches() {
        return new BranchRepository(dsl);
    }

    public MemberRepository members() {
        return new MemberRepository(dsl);
    }

    public MembershipEventRepository events() {
        return new MembershipEventRepository(dsl);
    }

    public RegisterRepository register() {
        return new RegisterRepository(dsl);
    }

    /** What the period statistics read, in a few queries. */
    public StatisticsRepository statistics() {
        return new StatisticsRepository(dsl);
    }

    public RatingRepository ratings() {
        return new RatingRepository(dsl);
    }

    /** Bulk reads and updates of an import from Excel. */
    public ImportRepository importing() {
        return new ImportRepository(dsl);
    }

    public MeetingRepository meetings() {
        return new MeetingRepository(dsl);
    }

    public CandidateRepository candidates() {
        return new CandidateRepository(dsl);
    }

    public PersonHistoryRepository people() {
        return new PersonHistoryRepository(dsl);
    }

    public AdmissionReportRepository admissionReports() {
        return new AdmissionReportRepository(dsl);
    }

    public AdmissionTargetRepository admissionTargets() {
        return new AdmissionTargetRepository(dsl);
    }

    public ProbationRepository probations() {
        return new ProbationRepository(dsl);
    }

    public DisciplineRepository discipline() {
        return new DisciplineRepository(dsl);
    }

    public BadgeRepository badges() {
        return new BadgeRepository(dsl);
    }

    public ValidReasonRepository validReasons() {
        return new ValidReasonRepository(dsl);
    }

    /** The change log (nhật ký thay đổi), written in the same transaction as each change. */
    public ChangeLogRepository changes() {
        return new ChangeLogRepository(dsl, session);
    }

    /** Thùng rác: membership events deleted as entry mistakes. */
    public RecycleBinRepository recycleBin() {
        return new RecycleBinRepository(dsl, session);
    }

    /** Mẫu 10-SHĐ letters and expected transfers. */
    public TransferRepository transfers() {
        return new TransferRepository(dsl);
    }

    public FeeRepository fees() {
        return new FeeRepository(dsl);
    }

    public ResidenceRepository residence() {
        return new ResidenceRepository(dsl);
    }

    /** The former units merged into this committee (DOMAIN.md §17). */
    public MergeRepository merge() {
        return new MergeRepository(dsl);
    }

    /** The papers of members' files (hồ sơ đảng viên) and their recycle bin. */
    public PaperRepository papers() {
        return new PaperRepository(dsl, session);
    }

    /** The bytes of papers on a PostgreSQL server. */
    public PaperContentRepository paperContents() {
        return new PaperContentRepository(dsl);
    }

    /** Many rows at once, with ids given by the caller (demo data, imports). */
    public BulkInsert bulkInsert() {
        return new BulkInsert(dsl);
    }

    /** The benchmark harness's floors (simplest SQL for a feature's work). */
    public BenchQueries bench() {
        return new BenchQueries(dsl);
    }
}
