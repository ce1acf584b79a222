package vn.dangvu.logic.residence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.dangvu.logic.RecordLog;
import vn.dangvu.logic.RecordRejected;
import vn.dangvu.logic.persistence.Database;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.residence.ResidenceRegistration;

/** Đảng viên đăng ký sinh hoạt nơi cư trú (Quy định 213-QĐ/TW, DOMAIN.md §13). */
public final class ResidenceService {

    public static final int MAX_COMMENT = 2000;

    private final Database database;

    public ResidenceService(Database database) {
        this.database = database;
    }

    /** Those registered at some time in the year, by residence branch id then given name. */
    public List<ResidenceRegistration> registeredIn(int year) {
        Comparator<ResidenceRegistration> order = Comparator.comparingLong(ResidenceRegistration::branchId)
                .thenComparing(g -> PersonName.parse(g.fullName()), vn.dangvu.model.NameOrder.comparator());
        return database.read(r -> r.residence().all()).stream().filter(g -> g.activeIn(year)).sorted(order).toList();
    }

    public long register(ResidenceRegistration registration, String recordedBy) {
        return database.write(r -> {
            r.branches().find(registration.branchId())
                    .filter(b -> b.activeOn(registration.registeredOn()))
                    .orElseThrow(() -> new RecordRejected("branch", "Chi bộ nơi cư trú không hoạt động vào ngày đăng ký."));
            RecordLog.saved(r, null, "Đăng ký sinh hoạt nơi cư trú: " + registration.fullName());
            return r.residence().insert(registration, recordedBy);
        });
    }

    /** The residence branch's comment for a year (nhận xét hằng năm); replaces an earlier one. */
    public void comment(long registrationId, int year, String comment) {
        String text = PersonName.clean(comment);
        if (text.isEmpty()) {
            throw new RecordRejected("comment", "Chưa nhập nội dung nhận xét năm " + year + ".");
        }
        if (text.length() > MAX_COMMENT) {
            throw new RecordRejected("comment", "Nhận xét dài quá " + MAX_COMMENT + " ký tự.");
        }
        database.write(r -> {
            r.residence().comment(registrationId, year, text);
            RecordLog.saved(r, null, "Nhận xét năm " + year + " của chi bộ nơi cư trú (đăng ký số " + registrationId + ")");
            return null;
        });
    }

    /** The member no longer lives here or changed work: kept in the list of earlier years. */
    public void end(ResidenceRegistration registration, LocalDate on) {
        if (on.isBefore(registration.registeredOn())) {
            throw new RecordRejected("endedOn", "Ngày thôi đăng ký trước ngày đăng ký.");
        }
        database.write(r -> {
            r.residence().end(registration.id(), on);
            RecordLog.saved(r, null, "Thôi đăng ký sinh hoạt nơi cư trú: " + registration.fullName() + " từ "
                    + vn.dangvu.model.DateFormats.format(on));
            return null;
        });
    }
}
