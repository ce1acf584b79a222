package vn.dangvu.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vietnamese list order: tên, then tên đệm, then họ, with Vietnamese collation (DOMAIN.md §3). */
class NameOrderTest {

    private final Comparator<PersonName> order = NameOrder.comparator();

    @ParameterizedTest(name = "[{index}] {0} < {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Trần Văn An         | Nguyễn Thị Bình    | given name first, whatever the family name
            Nguyễn Văn An       | Lê Văn Anh         | An before Anh
            Trần Thị An         | Nguyễn Văn An      | same given name: middle name decides
            Lê Văn An           | Nguyễn Văn An      | same given and middle: family name decides
            Nguyễn An           | Nguyễn Văn An      | no middle name first
            Nguyễn Văn Dũng     | Lê Văn Đào         | D before Đ
            Phạm Văn Dương      | Đỗ Văn Đông        | D before Đ even when the rest is later
            Lê Văn Tam          | Hồ Văn Tăng        | A before Ă
            Hồ Văn Tăng         | Lê Văn Tâm         | Ă before Â
            Nguyễn Văn Anh      | Trần Văn Ân        | A < Â decides before the following letters
            Nguyễn Thị Tâm      | Trần Thị Tấn       | m before n under the same Â
            Lê Văn Hoa          | Lê Văn Hòa         | ngang before huyền
            Lê Văn Hòa          | Lê Văn Hỏa         | huyền before hỏi
            Lê Văn Hỏa          | Lê Văn Hõa         | hỏi before ngã
            Lê Văn Hõa          | Lê Văn Hóa         | ngã before sắc
            Lê Văn Hóa          | Lê Văn Họa         | sắc before nặng
            Lê Văn Họa          | Lê Văn Hoan        | tones count only after the letters
            Trần Văn Binh       | Trần Văn Bình      | ngang before huyền
            Trần Văn Bình       | Trần Văn Bính      | huyền before sắc
            Lê Thị Oanh         | Lê Thị Ơn          | O before Ơ
            Lê Thị Ô            | Lê Thị Ơ           | Ô before Ơ
            Lê Văn Uy           | Lê Văn Ưng         | U before Ư
            Lê Thị E            | Lê Thị Ê           | E before Ê
            Lê Văn Y            | Lê Văn Yến         | shorter word first
            """)
    void namesSortInVietnameseOrder(String first, String second, String why) {
        PersonName a = PersonName.parse(first);
        PersonName b = PersonName.parse(second);

        assertTrue(order.compare(a, b) < 0, () -> first + " must come before " + second + ": " + why);
        assertTrue(order.compare(b, a) > 0, () -> second + " must come after " + first + ": " + why);
        assertTrue(Arrays.compareUnsigned(NameOrder.sortKey(a), NameOrder.sortKey(b)) < 0,
                () -> "the database's sort key must put " + first + " before " + second + ": " + why);
    }

    @Test
    void registerListComesOutInVietnameseOrder() {
        List<String> expected = List.of(
                "Trần Văn An", "Nguyễn Văn Anh", "Lê Thị Ánh", "Phạm Thị Ân", "Đỗ Văn Bình", "Vũ Thị Dung",
                "Hoàng Văn Dũng", "Lê Văn Đạt", "Nguyễn Thị Hà", "Trần Thị Hạ", "Bùi Văn Hải", "Đặng Thị Hằng",
                "Đinh Thị Lan", "Nguyễn Thị Mai Lan", "Nguyễn Văn Nam", "Trần Thị Ngọc", "Lê Văn Sơn", "Ngô Thị Thu");
        List<PersonName> shuffled = new ArrayList<>(expected.stream().map(PersonName::parse).toList());
        Collections.shuffle(shuffled, new Random(42));

        shuffled.sort(order);

        assertEquals(expected, shuffled.stream().map(PersonName::full).toList());
    }

    @Test
    void decomposedInputSortsLikeComposedInput() {
        PersonName decomposed = PersonName.parse(Normalizer.normalize("Lê Văn Đức", Normalizer.Form.NFD));
        PersonName composed = PersonName.parse("Lê Văn Đức");

        assertEquals(0, order.compare(decomposed, composed));
    }

    @Test
    void decomposedInputHasTheSameSortKeyAsComposedInput() {
        PersonName decomposed = PersonName.parse(Normalizer.normalize("Lê Văn Đức", Normalizer.Form.NFD));

        assertArrayEquals(NameOrder.sortKey(PersonName.parse("Lê Văn Đức")), NameOrder.sortKey(decomposed));
    }

    @ParameterizedTest(name = "[{index}] seed {0}")
    @ValueSource(longs = {7, 8, 9, 20261130})
    void databaseSortKeysOrderRandomNamesLikeTheComparator(long seed) {
        Random random = new Random(seed);
        List<PersonName> names = IntStream.range(0, 400).mapToObj(i -> randomName(random)).toList();

        for (int i = 1; i < names.size(); i++) {
            PersonName a = names.get(i - 1);
            PersonName b = names.get(i);
            int byKey = Integer.signum(Arrays.compareUnsigned(NameOrder.sortKey(a), NameOrder.sortKey(b)));
            assertEquals(Integer.signum(order.compare(a, b)), byKey, a.full() + " / " + b.full());
        }
    }

    @Test
    void ranksOfAnEmptyListAreEmpty() {
        assertArrayEquals(new int[0], NameOrder.ranks(List.<PersonName>of(), name -> name));
    }

    @ParameterizedTest(name = "[{index}] seed {0}")
    @ValueSource(longs = {1, 2, 3, 20250423})
    void fastRanksAgreeWithTheComparatorOnRandomNames(long seed) {
        Random random = new Random(seed);
        List<PersonName> names = IntStream.range(0, 300 + random.nextInt(200))
                .mapToObj(i -> randomName(random)).toList();

        int[] ranks = NameOrder.ranks(names, name -> name);

        // The comparator's order, stable for equal names (List.sort is a stable merge sort).
        List<Integer> byComparator = new ArrayList<>(IntStream.range(0, names.size()).boxed().toList());
        byComparator.sort(Comparator.comparing(names::get, order));
        int[] expected = new int[names.size()];
        for (int position = 0; position < byComparator.size(); position++) {
            expected[byComparator.get(position)] = position;
        }
        assertArrayEquals(expected, ranks);
    }

    @ParameterizedTest(name = "[{index}] seed {0}")
    @ValueSource(longs = {5, 6, 7})
    void branchNamesSortedOnceByTextOrderComeOutAsTheCollatorOrdersThem(long seed) {
        Random random = new Random(seed);
        String[] kinds = {"Chi bộ ", "Chi bộ Ấp ", "Chi bộ ấp ", "Chi bộ Thôn ", "Chi bộ Đông ", "Chi bộ Dinh ", "Chi bộ Trường "};
        List<String> names = IntStream.range(0, 200)
                .mapToObj(i -> kinds[random.nextInt(kinds.length)] + GIVEN[random.nextInt(GIVEN.length)]).toList();

        List<String> byTextOrder = new ArrayList<>(names);
        byTextOrder.sort(NameOrder.textOrder());
        List<String> byCollator = new ArrayList<>(names);
        byCollator.sort(NameOrder.collator());

        assertEquals(byCollator, byTextOrder);
    }

    @Test
    void textOrderPutsVietnameseLettersInTheirPlace() {
        List<String> names = new ArrayList<>(List.of("Chi bộ Đông", "Chi bộ Dinh", "Chi bộ Ấp 2", "Chi bộ An Bình"));
        names.sort(NameOrder.textOrder());
        assertEquals(List.of("Chi bộ An Bình", "Chi bộ Ấp 2", "Chi bộ Dinh", "Chi bộ Đông"), names);
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Lò", "Hà", "Triệu", "Nông"};
    private static final String[] MIDDLE = {"", "Văn", "Thị", "Hữu", "Đức", "Minh", "Thị Thu", "Ngọc", "Quang",
        "Thanh", "Xuân", "Đình", "Bá", "Công", "Thị Ánh", "Văn Anh"};
    private static final String[] GIVEN = {"An", "Ân", "Ăn", "Anh", "Ánh", "Bình", "Binh", "Bính", "Cường", "Dung",
        "Dũng", "Đông", "Dương", "Đạt", "Giang", "Hà", "Hạ", "Hải", "Hải", "Hằng", "Hoa", "Hòa", "Hóa", "Họa", "Hoan",
        "Hùng", "Khánh", "Lan", "Linh", "Mai", "Minh", "Nam", "Ngọc", "Oanh", "Ơn", "Phương", "Quân", "Sơn", "Tâm",
        "Tăng", "Tam", "Thảo", "Thu", "Trang", "Tuấn", "Uy", "Ưng", "Vân", "Yến"};

    private static PersonName randomName(Random random) {
        return new PersonName(FAMILY[random.nextInt(FAMILY.length)], MIDDLE[random.nextInt(MIDDLE.length)],
                GIVEN[random.nextInt(GIVEN.length)]);
    }
}
