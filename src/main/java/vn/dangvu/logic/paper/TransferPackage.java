package vn.dangvu.logic.paper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.dangvu.logic.OutputLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.DateFormats;
import vn.dangvu.model.Member;
import vn.dangvu.model.MembershipEvent;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.MembershipHistory;
import vn.dangvu.model.paper.Paper;
import vn.dangvu.model.paper.PaperLimits;
import vn.dangvu.model.transfer.RecordedLetter;

/**
 * The package handed over with the paper file on an official transfer out (issue 19): one zip with
 * the Phiếu đảng viên, every paper of the file in its order (as added, byte for byte), the
 * transfer letter as recorded in the Mẫu 10-SHĐ register, and a list of it all. Call from the
 * task runner.
 */
public final class TransferPackage {

    private final Database database;
    private final PaperService papers;
    private final MemberDossier dossier;

    public TransferPackage(Database database, PaperService papers, MemberDossier dossier) {
        this.database = database;
        this.papers = papers;
        this.dossier = dossier;
    }

    /** Writes the package (whole or not at all) and returns how many papers it holds. */
    public int write(long memberId, Path zip) {
        Member member = database.read(r -> r.members().find(memberId))
                .orElseThrow(() -> new RecordRejected("member", "Không tìm thấy hồ sơ."));
        List<Paper> file = papers.papersOf(memberId);
        Path partial = zip.resolveSibling(zip.getFileName() + ".dang-ghi");
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("dangvu-goi-");
            Path sheet = scratch.resolve("phieu-dang-vien.docx");
            dossier.printSheet(memberId, sheet, false);
            List<String> index = new ArrayList<>();
            index.add("HỒ SƠ ĐẢNG VIÊN CHUYỂN ĐI: " + member.name().full() + ", sinh ngày "
                    + DateFormats.format(member.birthDate()));
            index.add("");
            index.add("phieu-dang-vien.docx — Phiếu đảng viên (Mẫu 2-HSĐV), in từ dữ liệu");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
                add(out, "phieu-dang-vien.docx", Files.readAllBytes(sheet));
                for (int i = 0; i < file.size(); i++) {
                    Paper paper = file.get(i);
                    String name = "ho-so/" + PaperNames.inPackage(i + 1, paper);
                    add(out, name, papers.content(paper));
                    index.add(name + " — " + papers.describe(paper) + ", " + PaperLimits.size(paper.bytes()));
                }
                String letter = letterText(memberId);
                add(out, "giay-gioi-thieu-sinh-hoat.txt", letter.getBytes(StandardCharsets.UTF_8));
                index.add("giay-gioi-thieu-sinh-hoat.txt — giấy giới thiệu sinh hoạt đảng như đã vào sổ (Mẫu 10-SHĐ)");
                add(out, "danh-sach.txt", (String.join("\r\n", index) + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("Không ghi được gói hồ sơ " + zip + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
            if (scratch != null) {
                deleteQuietly(scratch.resolve("phieu-dang-vien.docx"));
                deleteQuietly(scratch);
            }
        }
        OutputLog.exported(database, "Gói hồ sơ chuyển đi của " + member.name().full() + " (" + file.size()
                + " giấy tờ)", zip);
        return file.size();
    }

    /** The latest official transfer out and its letter, as text; says so when none is recorded yet. */
    private String letterText(long memberId) {
        return database.read(r -> {
            Optional<MembershipEvent> out = MembershipHistory.of(r.events().forMember(memberId)).events().stream()
                    .filter(e -> e.type() == MembershipEventType.TRANSFERRED_OUT).reduce((a, b) -> b);
            if (out.isEmpty()) {
                return "Chưa ghi việc chuyển sinh hoạt đảng chính thức đi của đảng viên này.\r\n";
            }
            MembershipEvent event = out.get();
            Optional<RecordedLetter> letter = java.util.stream.Stream.of(event.date().getYear(), event.date().getYear() + 1)
                    .flatMap(year -> r.transfers().inYear(year).stream())
                    .filter(l -> l.event().id() != null && l.event().id().equals(event.id())).findFirst();
            StringBuilder text = new StringBuilder("GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG\r\n");
            text.append("Ngày chuyển đi: ").append(DateFormats.format(event.date())).append("\r\n");
            if (event.otherOrganisation().name() != null) {
                text.append("Nơi đến: ").append(event.otherOrganisation().name()).append("\r\n");
            }
            letter.ifPresentOrElse(l -> {
                text.append("Số thứ tự trong sổ năm ").append(l.letter().year()).append(": ")
                        .append(l.letter().number()).append("\r\n");
                if (l.letter().letterNumber() != null) {
                    text.append("Số giấy giới thiệu: ").append(l.letter().letterNumber()).append("\r\n");
                }
                text.append("Ngày giấy giới thiệu: ").append(DateFormats.format(l.letter().letterDate())).append("\r\n");
                if (!l.letter().feesPaidThroughText().isEmpty()) {
                    text.append("Đã đóng đảng phí hết ").append(l.letter().feesPaidThroughText()).append("\r\n");
                }
            }, () -> text.append("Giấy giới thiệu chưa vào sổ Mẫu 10-SHĐ.\r\n"));
            return text.toString();
        });
    }

    private static void add(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless
        }
    }
}
