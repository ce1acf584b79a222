package vn.dangvu.logic.persistence;

import org.jooq.DSLContext;

/** The repositories of one unit of work (a transaction or a plain read). */
public final class Repositories {

    private final DSLContext dsl;

    Repositories(DSLContext dsl) {
        this.dsl = dsl;
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

    public DisciplineRepository discipline() {
        return new DisciplineRepository(dsl);
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

    /** Many rows at once, with ids given by the caller (demo data, imports). */
    public BulkInsert bulkInsert() {
        return new BulkInsert(dsl);
    }
}
