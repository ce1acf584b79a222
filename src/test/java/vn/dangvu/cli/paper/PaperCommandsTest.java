package vn.dangvu.cli.paper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangvu.cli.CommandLine;
import vn.dangvu.logic.paper.PaperFixture;
import vn.dangvu.logic.paper.SamplePapers;
import vn.dangvu.logic.persistence.Database;

/** attach, dossier and missing-papers as the issue gives them, with every exit code. */
class PaperCommandsTest {

    @TempDir
    Path folder;

    private Path data;
    private Path photo;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fixture() throws IOException {
        data = folder.resolve("data");
        new PaperFixture(data).close();
        photo = Files.write(folder.resolve("anh.jpg"), SamplePapers.photo(1));
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.standard().run(data, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void attachStoresAPhotoByCardNumberOrCitizenId() {
        assertEquals(CommandLine.OK, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh", photo.toString(),
                "--date", "2024-05-01"));
        assertEquals("Đã thêm vào hồ sơ Nguyễn Văn Đức: Ảnh đảng viên (3×4 hoặc 4×6) (ảnh JPEG, 1 trang, "
                + sizeOf(photo) + ").", output());
        assertEquals(CommandLine.OK, run("attach", "--member", PaperFixture.ANH_CITIZEN_ID, "--type", "ly-lich",
                photo.toString()));
        assertEquals(2, papersStored());
    }

    @Test
    void attachRefusesWithTheReasonAndExitOne() throws IOException {
        Path program = Files.write(folder.resolve("setup.jpg"), SamplePapers.program());
        assertEquals(CommandLine.FAILED, run("attach", "--member", "00000000", "--type", "anh", photo.toString()));
        assertEquals("Không có đảng viên nào có số thẻ hoặc số CCCD \"00000000\".", errors());
        assertEquals(CommandLine.FAILED, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "bang-lai",
                photo.toString()));
        assertTrue(errors().startsWith("Không có loại giấy tờ \"bang-lai\"."), errors());
        assertEquals(CommandLine.FAILED, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh",
                program.toString()));
        assertTrue(errors().startsWith("Không nhận tệp setup.jpg: nội dung tệp không phải ảnh"), errors());
        assertEquals(CommandLine.FAILED, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh",
                folder.resolve("khong-co.jpg").toString()));
        assertEquals("Không nhận tệp khong-co.jpg: không tìm thấy tệp. Không lưu gì.", errors());
        assertEquals(0, papersStored());
    }

    @Test
    void attachRefusesAFileOverTheOfficesLimit() throws IOException {
        Files.createDirectories(data.resolve("rules"));
        Files.writeString(data.resolve("rules/ho-so.properties"), "maxMegabytes=1\n", StandardCharsets.UTF_8);
        Path scan = Files.write(folder.resolve("quet.png"), new byte[1024 * 1024 + 1]);
        assertEquals(CommandLine.FAILED, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "ly-lich",
                scan.toString()));
        assertEquals("Không nhận tệp quet.png: tệp nặng 1,0 MB, quá giới hạn 1 MB; hãy quét lại ở độ phân giải thấp hơn"
                + " (200–300 dpi là đủ). Không lưu gì.", errors());
    }

    @Test
    void attachWithBadUsageExitsTwo() {
        assertEquals(CommandLine.USAGE, run("attach", "--type", "anh", photo.toString()));
        assertTrue(errors().startsWith("Thiếu tùy chọn --member."), errors());
        assertEquals(CommandLine.USAGE, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh"));
        assertTrue(errors().startsWith("Thiếu tệp cần thêm."), errors());
        assertEquals(CommandLine.USAGE, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh",
                photo.toString(), "--date", "01/05/2024"));
        assertTrue(errors().startsWith("--date phải là một ngày dạng YYYY-MM-DD"), errors());
        assertEquals(0, papersStored());
    }

    @Test
    void dossierPrintsTheSheetOrSaysWhyNot() throws IOException {
        Path docx = folder.resolve("phieu.docx");
        assertEquals(CommandLine.OK, run("dossier", "--member", PaperFixture.DUC_CARD, "--out", docx.toString()));
        assertTrue(output().startsWith("Đã ghi Phiếu đảng viên của Nguyễn Văn Đức: " + docx.toAbsolutePath() + "."));
        assertTrue(Files.size(docx) > 0);
        assertEquals(CommandLine.FAILED, run("dossier", "--member", "99999999", "--out", docx.toString()));
        assertEquals(CommandLine.USAGE, run("dossier", "--member", PaperFixture.DUC_CARD, "--out", "phieu.pdf"));
        assertTrue(errors().startsWith("--out phải là tệp .docx"), errors());
        assertEquals(CommandLine.USAGE, run("dossier", "--out", docx.toString()));
    }

    @Test
    void missingPapersListsWhoLacksWhatAsJson() {
        assertEquals(CommandLine.OK, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh", photo.toString()));
        assertEquals(CommandLine.OK, run("missing-papers", "--branch", "thon khon pat", "--json"));
        assertEquals("[\n  {\"member\": \"Đinh Văn Em\", \"branch\": \"Chi bộ thôn Khòn Pát\", \"missing\": ["
                + String.join(", ", List.of("Lý lịch của người xin vào Đảng", "Đơn xin vào Đảng",
                        "Giấy giới thiệu người vào Đảng (hoặc nghị quyết giới thiệu của Đoàn, Công đoàn)",
                        "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú", "Nghị quyết của chi bộ đề nghị kết nạp",
                        "Nghị quyết của đảng ủy và quyết định kết nạp đảng viên",
                        "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng",
                        "Giấy chứng nhận học lớp bồi dưỡng đảng viên mới", "Bản tự kiểm điểm của đảng viên dự bị",
                        "Bản nhận xét của đảng viên được phân công giúp đỡ",
                        "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú đối với đảng viên dự bị",
                        "Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức",
                        "Quyết định công nhận đảng viên chính thức", "Phiếu đảng viên (Mẫu 2-HSĐV)",
                        "Ảnh đảng viên (3×4 hoặc 4×6)").stream().map(n -> "\"" + n + "\"").toList())
                + "]}\n]", output().replace("\r\n", "\n"));
        assertEquals(CommandLine.OK, run("missing-papers"));
        assertTrue(output().startsWith("Hồ sơ còn thiếu giấy tờ: 3 đảng viên."), output());
        assertEquals(CommandLine.FAILED, run("missing-papers", "--branch", "Chi bộ thôn Không Có"));
        assertTrue(errors().startsWith("Không có chi bộ \"Chi bộ thôn Không Có\"."), errors());
        assertEquals(CommandLine.USAGE, run("missing-papers", "--all"));
    }

    @Test
    void missingPapersSavesTheListToPrintBranchByBranch() throws IOException {
        assertEquals(CommandLine.OK, run("attach", "--member", PaperFixture.DUC_CARD, "--type", "anh", photo.toString()));
        Path xlsx = folder.resolve("ho-so-con-thieu.xlsx");
        assertEquals(CommandLine.OK, run("missing-papers", "--xlsx", xlsx.toString()));
        assertEquals("Đã lưu danh sách hồ sơ còn thiếu (3 đảng viên) vào " + xlsx + ".", errors());
        List<String> lines = new java.util.ArrayList<>();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (var row : book.getSheetAt(0)) {
                var first = row.getCell(0);
                if (first == null) {
                    continue;
                }
                if (first.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    lines.add((int) first.getNumericCellValue() + ". " + row.getCell(1).getStringCellValue() + " | "
                            + row.getCell(3).getStringCellValue());
                } else if (first.getStringCellValue().startsWith("Chi bộ")) {
                    lines.add(first.getStringCellValue());
                }
            }
        }
        String admission = "Lý lịch của người xin vào Đảng; Đơn xin vào Đảng; "
                + "Giấy giới thiệu người vào Đảng (hoặc nghị quyết giới thiệu của Đoàn, Công đoàn); "
                + "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú; Nghị quyết của chi bộ đề nghị kết nạp; "
                + "Nghị quyết của đảng ủy và quyết định kết nạp đảng viên; "
                + "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng";
        String probation = "Giấy chứng nhận học lớp bồi dưỡng đảng viên mới; Bản tự kiểm điểm của đảng viên dự bị; "
                + "Bản nhận xét của đảng viên được phân công giúp đỡ; "
                + "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú đối với đảng viên dự bị; "
                + "Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức; "
                + "Quyết định công nhận đảng viên chính thức";
        assertEquals(List.of("Chi bộ thôn Khòn Pát",
                "1. Đinh Văn Em | " + admission + "; " + probation
                        + "; Phiếu đảng viên (Mẫu 2-HSĐV); Ảnh đảng viên (3×4 hoặc 4×6)",
                "Chi bộ thôn Nà Pàn",
                "2. Hoàng Thị Ánh | " + admission + "; Phiếu đảng viên (Mẫu 2-HSĐV); Ảnh đảng viên (3×4 hoặc 4×6)",
                "3. Nguyễn Văn Đức | " + admission + "; " + probation + "; Phiếu đảng viên (Mẫu 2-HSĐV)"), lines);
    }

    private long papersStored() {
        try (Database database = Database.open(data)) {
            return database.read(r -> r.papers().all()).size();
        }
    }

    private static String sizeOf(Path file) {
        try {
            return vn.dangvu.model.paper.PaperLimits.size(Files.size(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
