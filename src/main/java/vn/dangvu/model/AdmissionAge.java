package vn.dangvu.model;

import java.time.LocalDate;

/** Age at admission: fully 18 (QĐ24 §1, counted to the day). */
public final class AdmissionAge {

    public static final int MINIMUM_YEARS = 18;

    private AdmissionAge() {
    }

    public static boolean oldEnough(LocalDate birthDate, LocalDate admission) {
        return !admission.isBefore(birthDate.plusYears(MINIMUM_YEARS));
    }
}
