package vn.dangvu.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.model.Committee;
import vn.dangvu.model.OtherOrganisation;

/** Transfers from another province or another district, seen from the committee's own place. */
class HomeAreaTest {

    private static final List<OtherOrganisation> TRANSFERS = List.of(
            new OtherOrganisation("Đảng bộ xã Đông Ngũ", "Quảng Ninh", "Tiên Yên"),
            new OtherOrganisation("Đảng bộ thị trấn Tiên Yên", "tỉnh Quảng Ninh", "huyện Tiên Yên"),
            new OtherOrganisation("Đảng bộ phường Bãi Cháy", "Quảng Ninh", "Hạ Long"),
            new OtherOrganisation("Đảng bộ xã Đình Lập", "Lạng Sơn", "Đình Lập"));

    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(nullValues = "NULL", value = {
        "Đảng bộ huyện Tiên Yên, Quảng Ninh, Tiên Yên",
        "Đảng bộ tỉnh Quảng Ninh, Quảng Ninh, NULL",
        "ĐẢNG BỘ TỈNH QUẢNG NINH, QUẢNG NINH, NULL",
        "Đảng bộ thành phố Hà Nội, Hà Nội, NULL",
        "Đảng bộ thành phố Hạ Long, Quảng Ninh, Hạ Long",
        "Đảng bộ quận Cầu Giấy, NULL, Cầu Giấy",
        "Huyện ủy Tiên Yên, NULL, NULL",
        "NULL, NULL, NULL",
    })
    void areaFromTheSuperiorCommittee(String superior, String province, String district) {
        Committee committee = new Committee("Đảng bộ xã Hải Yến", "Hải Yến", superior);
        assertEquals(new HomeArea(province, district), HomeArea.infer(committee, TRANSFERS));
    }

    @ParameterizedTest(name = "{0} / {1} seen from {2} / {3} → {4}")
    @CsvSource(nullValues = "NULL", value = {
        "Lạng Sơn, Đình Lập, Quảng Ninh, Tiên Yên, OTHER_PROVINCE",
        "Quảng Ninh, Hạ Long, Quảng Ninh, Tiên Yên, OTHER_DISTRICT",
        "tỉnh Quảng Ninh, thành phố Hạ Long, Quảng Ninh, Tiên Yên, OTHER_DISTRICT",
        "quang ninh, tien yen, Quảng Ninh, Tiên Yên, SAME_AREA",
        "Quảng Ninh, NULL, Quảng Ninh, Tiên Yên, UNKNOWN",
        "Quảng Ninh, Hạ Long, Quảng Ninh, NULL, SAME_AREA",
        "Lạng Sơn, NULL, Quảng Ninh, NULL, OTHER_PROVINCE",
        "NULL, Tiên Yên, Quảng Ninh, Tiên Yên, SAME_AREA",
        "NULL, Hạ Long, Quảng Ninh, Tiên Yên, UNKNOWN",
        "Lạng Sơn, Đình Lập, NULL, Tiên Yên, UNKNOWN",
        "NULL, NULL, Quảng Ninh, Tiên Yên, UNKNOWN",
    })
    void scopeOfATransfer(String province, String district, String homeProvince, String homeDistrict,
                          TransferScope expected) {
        assertEquals(expected, new HomeArea(homeProvince, homeDistrict)
                .scopeOf(new OtherOrganisation("Đảng bộ nơi khác", province, district)));
    }
}
