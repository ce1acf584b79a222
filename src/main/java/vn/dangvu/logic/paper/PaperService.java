package vn.dangvu.logic.paper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.export.OfficialWorkbook;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.logic.persistence.Repositories;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MemberStatus;
import vn.dangvu.model.NameOrder;
import vn.dangvu.model.RegisterEntry;
import vn.dangvu.model.history.ChangeKind;
import vn.dangvu.model.paper.MemberMissingPapers;
import vn.dangvu.model.paper.MissingPapers;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperLimits;
import vn.dangvu.model.paper.PaperType;
import vn.dangvu.model.paper.PaperTypes;
import vn.dangvu.model.paper.RemovedPaper;
import vn.dangvu.model.register.RegisterRow;

/**
 * The papers of members' files (hồ sơ đảng viên, issue 19): adding a scan or photo after checking
 * its content, listing them by type, replacing and removing them through the recycle bin, and
 * what each file still lacks. Call from the task runner.
 */
public final class PaperService {

    private final Database database;
    private final PaperStore store;
    private final PaperTypes types;
    private final PaperLimits limits;
    private final Clock clock;

    public PaperService(Database database, PaperStore store, PaperTypes types, PaperLimits limits, Clock clock) {
        this.database = database;
        this.store = store;
        this.types = types;
        this.limits = limits;
        this.clock = clock;
    }

    public PaperTypes types() {
        return types;
    }

    public PaperLimits limits() {
        return limits;
    }

    public PaperStore store() {
        return store;
    }

    /** The member whose card number or CCCD this is (the command line's REF). */
    public Member findMember(String reference) {
        String ref = reference == null ? "" : reference.strip();
        return database.read(r -> r.members().findByCardNumber(ref, null).or(() -> r.members().findByCitizenId(ref, null)))
                .orElseThrow(() -> new RecordRejected("member", "Không có đảng viên nào có số thẻ hoặc số CCCD \""
                        + ref + "\"."));
    }

    /** Reads the file (refused over the size limit before reading) and adds it to the member's file. */
    public Paper attach(long memberId, String typeCode, Path file, LocalDate date, String note, String addedBy) {
        return attach(memberId, typeCode, file.getFileName().toString(), read(file), date, note, addedBy);
    }

    /**
     * Checks the bytes by their content, keeps them once in the store with their thumbnail, and
     * records the paper. Refused with the reason, and nothing stored, for a bad file or type.
     */
    public Paper attach(long memberId, String typeCode, String fileName, byte[] bytes, LocalDate date, String note,
                        String addedBy) {
        PaperType type = type(typeCode);
        checkDate(date);
        PaperFileCheck.Checked checked = PaperFileCheck.check(bytes, fileName, limits);
        String contentId = ContentId.of(bytes);
        String thumbnailId = ContentId.of(checked.thumbnail());
        Paper paper = new Paper(null, memberId, type.code(), date, note, contentId, fileName, checked.media(),
                bytes.length, checked.pages(), thumbnailId, addedBy, null);
        database.read(r -> member(r, memberId));
        store.put(contentId, bytes);
        store.put(thumbnailId, checked.thumbnail());
        return database.write(r -> {
            member(r, memberId);
            Paper stored = r.papers().insert(paper);
            r.changes().record(ChangeKind.PAPER_ADDED, memberId, stored.id(), "Thêm vào hồ sơ: " + describe(stored),
                    List.of());
            return stored;
        });
    }

    /** A new scan in place of a paper: the old one goes to the recycle bin, marked replaced. */
    public Paper replace(long paperId, Path file, String addedBy) {
        byte[] bytes = read(file);
        Paper old = database.read(r -> r.papers().find(paperId))
                .orElseThrow(() -> new RecordRejected(null, "Giấy tờ không còn trong hồ sơ."));
        PaperFileCheck.Checked checked = PaperFileCheck.check(bytes, file.getFileName().toString(), limits);
        String contentId = ContentId.of(bytes);
        String thumbnailId = ContentId.of(checked.thumbnail());
        Paper paper = new Paper(null, old.memberId(), old.typeCode(), old.date(), old.note(), contentId,
                file.getFileName().toString(), checked.media(), bytes.length, checked.pages(), thumbnailId, addedBy, null);
        store.put(contentId, bytes);
        store.put(thumbnailId, checked.thumbnail());
        return database.write(r -> {
            if (!r.papers().bin(paperId)) {
                throw new RecordRejected(null, "Giấy tờ đã được gỡ khỏi hồ sơ (ở thùng rác).");
            }
            Paper stored = r.papers().insert(paper);
            r.papers().markReplaced(paperId, stored.id());
            r.changes().record(ChangeKind.PAPER_REPLACED, old.memberId(), stored.id(), "Thay bản quét "
                    + types.name(old.typeCode()) + " bằng " + stored.fileName() + " (bản cũ vào thùng rác)", List.of());
            return stored;
        });
    }

    /** Into the recycle bin, never deleted by a click. */
    public void remove(long paperId) {
        database.write(r -> {
            Paper paper = r.papers().find(paperId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy giấy tờ."));
            if (!r.papers().bin(paperId)) {
                throw new RecordRejected(null, "Giấy tờ đã ở thùng rác.");
            }
            r.changes().record(ChangeKind.PAPER_REMOVED, paper.memberId(), paperId,
                    "Gỡ khỏi hồ sơ (vào thùng rác): " + describe(paper), List.of());
            return null;
        });
    }

    /** Back from the recycle bin into the member's file. */
    public void restore(long paperId) {
        database.write(r -> {
            Paper paper = r.papers().find(paperId).orElseThrow(() -> new RecordRejected(null, "Không tìm thấy giấy tờ."));
            if (!r.papers().unbin(paperId)) {
                throw new RecordRejected(null, "Giấy tờ không còn trong thùng rác.");
            }
            r.changes().record(ChangeKind.PAPER_RESTORED, paper.memberId(), paperId,
                    "Khôi phục từ thùng rác: " + describe(paper), List.of());
            return null;
        });
    }

    /** The member's papers in the order of the file, then by date. */
    public List<Paper> papersOf(long memberId) {
        List<Paper> papers = new ArrayList<>(database.read(r -> r.papers().forMember(memberId)));
        papers.sort(Comparator.comparingInt((Paper p) -> types.order(p.typeCode()))
                .thenComparing(p -> p.date() == null ? LocalDate.MIN : p.date())
                .thenComparing(Paper::id));
        return papers;
    }

    public List<RemovedPaper> recycleBin() {
        return database.read(r -> r.papers().bin());
    }

    public byte[] content(Paper paper) {
        return store.read(paper.contentId());
    }

    public byte[] thumbnail(Paper paper) {
        return store.read(paper.thumbnailId());
    }

    /** The member's latest photo, for the Phiếu đảng viên. */
    public Optional<Paper> photo(long memberId) {
        return papersOf(memberId).stream().filter(p -> PaperType.PHOTO.equals(p.typeCode()) && p.media().image())
                .reduce((earlier, later) -> later);
    }

    /**
     * A copy of the paper for the system's viewer, in a folder of its own under the system's
     * temporary folder (removed when the app closes); the data folder never holds a plain copy.
     */
    public Path openCopy(Paper paper, Path viewerFolder) {
        try {
            Files.createDirectories(viewerFolder);
            Path copy = viewerFolder.resolve(PaperNames.forViewer(paper));
            Files.write(copy, content(paper));
            copy.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new IllegalStateException("Không mở được bản sao để xem: " + e.getMessage(), e);
        }
    }

    /** The papers the member's file lacks today. */
    public List<PaperType> missingFor(long memberId) {
        LocalDate today = LocalDate.now(clock);
        return database.read(r -> {
            RegisterEntry entry = r.register().load(memberId).stream().findFirst()
                    .orElseThrow(() -> new RecordRejected(null, "Không tìm thấy hồ sơ."));
            Set<String> present = r.papers().typesByMember(List.of(memberId)).getOrDefault(memberId, Set.of());
            return MissingPapers.of(types, entry.on(today).state().status(), present);
        });
    }

    /**
     * What the probation dossier shows: the papers the file will lack once the member is recognised
     * as official (the probation's papers among them), by the same rule as the "hồ sơ còn thiếu" list.
     */
    public List<PaperType> missingForRecognition(long memberId) {
        Set<String> present = database.read(r -> r.papers().typesByMember(List.of(memberId)))
                .getOrDefault(memberId, Set.of());
        return MissingPapers.of(types, MemberStatus.OFFICIAL, present);
    }

    /**
     * Hồ sơ còn thiếu: the members in đảng số today (of one branch, or all) whose file lacks a
     * paper of the list, in Vietnamese name order.
     *
     * @param branchId null for every branch
     */
    public List<MemberMissingPapers> missing(Long branchId) {
        LocalDate today = LocalDate.now(clock);
        return database.read(r -> {
            Map<Long, String> branchNames = r.branches().namesOn(today);
            List<RegisterRow> rows = r.register().loadAll().stream().map(e -> e.on(today))
                    .filter(row -> row.state().countsInPartyStrength())
                    .filter(row -> branchId == null || branchId.equals(row.state().branchId()))
                    .sorted(Comparator.comparing(row -> row.entry().name(), NameOrder.comparator()))
                    .toList();
            Map<Long, Set<String>> present = r.papers().typesByMember(rows.stream().map(RegisterRow::id).toList());
            List<MemberMissingPapers> lines = new ArrayList<>();
            for (RegisterRow row : rows) {
                List<PaperType> lacking = MissingPapers.of(types, row.state().status(),
                        present.getOrDefault(row.id(), Set.of()));
                if (!lacking.isEmpty()) {
                    lines.add(new MemberMissingPapers(row.id(), row.entry().name(),
                            branchNames.getOrDefault(row.state().branchId(), ""), lacking));
                }
            }
            return lines;
        });
    }

    /**
     * The "hồ sơ còn thiếu" list as an official Excel sheet, to print or send on.
     *
     * @param scope the branch's name, or null for every branch
     */
    public void saveMissing(String scope, List<MemberMissingPapers> lines, Path file) {
        var committee = database.read(r -> r.committee().find().orElse(null));
        try (OfficialWorkbook book = new OfficialWorkbook(committee, LocalDate.now(clock))) {
            MissingPapersSheet.write(book, scope, lines);
            book.save(file);
        }
    }

    /**
     * Copies the bytes of another unit's papers into this store (each kept once) before a merge of
     * former units writes their rows (issue 17). Bytes copied by a merge that is then rolled back
     * stay unnamed in the store, as a removed paper's do.
     *
     * @return the papers whose bytes are now here; one whose file the backup lacks is left out
     */
    public List<Paper> copyContents(List<Paper> papers, PaperStore from) {
        List<Paper> here = new ArrayList<>();
        for (Paper paper : papers) {
            if (copy(paper.contentId(), from) && copy(paper.thumbnailId(), from)) {
                here.add(paper);
            }
        }
        return here;
    }

    private boolean copy(String contentId, PaperStore from) {
        if (store.has(contentId)) {
            return true;
        }
        if (!from.has(contentId)) {
            return false;
        }
        store.put(contentId, from.read(contentId));
        return true;
    }

    /** "Quyết định kết nạp đảng viên (qd.pdf, 3 trang, ngày 03/02/2025)". */
    String describe(Paper paper) {
        return types.name(paper.typeCode()) + " (" + paper.fileName() + ", " + paper.pages() + " trang"
                + (paper.date() == null ? "" : ", ngày " + DateFormats.format(paper.date())) + ")";
    }

    private PaperType type(String code) {
        return types.find(code == null ? "" : code.strip()).orElseThrow(() -> new RecordRejected("type",
                "Không có loại giấy tờ \"" + code + "\". Các mã dùng được: " + types.codes() + "."));
    }

    private void checkDate(LocalDate date) {
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            throw new RecordRejected("date", "Ngày của giấy tờ " + DateFormats.format(date) + " ở tương lai.");
        }
    }

    private static Member member(Repositories r, long memberId) {
        return r.members().find(memberId).orElseThrow(() -> new RecordRejected("member", "Không tìm thấy hồ sơ."));
    }

    /** The file's bytes, refused before reading when it is larger than the limit. */
    private byte[] read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw PaperFileCheck.refused(name, "không tìm thấy tệp");
            }
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw PaperFileCheck.refused(name, "tệp nặng " + PaperLimits.size(size) + ", quá giới hạn "
                        + limits.text() + "; hãy quét lại ở độ phân giải thấp hơn (200–300 dpi là đủ)");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw PaperFileCheck.refused(name, "không đọc được tệp (" + e.getMessage() + ")");
        }
    }
}
