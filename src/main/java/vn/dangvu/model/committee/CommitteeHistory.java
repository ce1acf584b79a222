package vn.dangvu.model.committee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.dangvu.model.Committee;

/**
 * The committee's name, place name and superior committee as they changed (DOMAIN.md §17): the
 * superior "Đảng bộ huyện Tiên Yên" until 30/06/2025, "Đảng bộ tỉnh Quảng Ninh" from 01/07/2025.
 * A document uses what was valid on its own date.
 */
public final class CommitteeHistory {

    /** @param validFrom the first day the committee was named so; null for the first version (always before) */
    public record Version(LocalDate validFrom, Committee committee) {

        public Version {
            Objects.requireNonNull(committee, "committee");
        }
    }

    private final List<Version> versions;

    private CommitteeHistory(List<Version> versions) {
        this.versions = versions;
    }

    /**
     * @param first   what was valid before the first change
     * @param changes each change with the day it took effect, in any order
     */
    public static CommitteeHistory of(Committee first, List<Version> changes) {
        List<Version> all = new ArrayList<>();
        all.add(new Version(null, first));
        changes.stream().sorted(Comparator.comparing(Version::validFrom)).forEach(all::add);
        return new CommitteeHistory(List.copyOf(all));
    }

    /** What was valid on the day: the latest change on or before it, else the first version. */
    public Committee on(LocalDate date) {
        Committee valid = versions.get(0).committee();
        for (Version version : versions.subList(1, versions.size())) {
            if (version.validFrom().isAfter(date)) {
                break;
            }
            valid = version.committee();
        }
        return valid;
    }

    /** The most recent version, whatever its date. */
    public Committee latest() {
        return versions.get(versions.size() - 1).committee();
    }

    /** The first version, then the changes in date order. */
    public List<Version> versions() {
        return versions;
    }

    /** The days from which a new version applied (empty when it never changed). */
    public List<LocalDate> changeDates() {
        return versions.subList(1, versions.size()).stream().map(Version::validFrom).toList();
    }
}
