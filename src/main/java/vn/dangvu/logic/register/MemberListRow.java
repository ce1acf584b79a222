package vn.dangvu.logic.register;

import java.time.LocalDate;

/** One line of the register as the screen shows it, in plain values. */
public record MemberListRow(String fullName, LocalDate birthDate, String sex, String branch, LocalDate admissionDate,
                            LocalDate officialDate, String status) {
}
