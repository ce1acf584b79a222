package vn.dangvu.logic.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dangvu.model.BranchKind;
import vn.dangvu.model.MembershipEventType;
import vn.dangvu.model.PersonName;
import vn.dangvu.model.PoliticalTheory;
import vn.dangvu.model.Sex;
import vn.dangvu.model.rating.RatingGrade;

/** The rows of a workbook as parsed values, before they are compared with the database. */
final class Drafts {

    final List<BranchDraft> branches = new ArrayList<>();
    final List<MemberDraft> members = new ArrayList<>();
    final List<RatingDraft> ratings = new ArrayList<>();
    final List<BranchRatingDraft> branchRatings = new ArrayList<>();
    String memberSheet = MemberSheet.NAME;

    boolean isEmpty() {
        return branches.isEmpty() && members.isEmpty() && ratings.isEmpty() && branchRatings.isEmpty();
    }

    /** A row of sheet "Đảng viên". Null fields were blank (or wrong, then {@code failed} is set). */
    static final class MemberDraft {
        final String sheet;
        final int row;
        boolean failed;
        PersonName name;
        Sex sex;
        LocalDate birthDate;
        String ethnicity;
        String religion;
        String homeTown;
        String permanentAddress;
        String citizenId;
        String cardNumber;
        String profileNumber;
        String branchName;
        LocalDate admitted;
        LocalDate decisionDate;
        LocalDate official;
        String generalEducation;
        String professionalLevel;
        PoliticalTheory politicalTheory;
        String occupation;
        LocalDate transferredIn;
        String transferredFrom;
        LocalDate transferredOut;
        String transferredTo;
        LocalDate exempted;
        LocalDate died;
        LocalDate left;
        MembershipEventType leftHow;
        String note;

        MemberDraft(String sheet, int row) {
            this.sheet = sheet;
            this.row = row;
        }
    }

    /** A row of sheet "Chi bộ". */
    record BranchDraft(String sheet, int row, String name, BranchKind kind, LocalDate foundedOn, String note) {
    }

    /** A row of sheet "Xếp loại": the member by card number, or by name and birth date. */
    record RatingDraft(String sheet, int row, PersonName name, LocalDate birthDate, String cardNumber, int year,
                       RatingGrade grade, Integer score, String note) {
    }

    /** A row of sheet "Xếp loại chi bộ". */
    record BranchRatingDraft(String sheet, int row, String branchName, int year, RatingGrade grade, String note) {
    }
}
