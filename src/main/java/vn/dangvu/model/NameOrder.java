package vn.dangvu.model;

import java.math.BigInteger;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Vietnamese list order: given name, then middle name, then family name, each with the
 * Vietnamese collation (D before Đ, A &lt; Ă &lt; Â, tones ngang, huyền, hỏi, ngã, sắc, nặng).
 */
public final class NameOrder {

    private static final Collator COLLATOR = Collator.getInstance(Locale.forLanguageTag("vi"));

    private NameOrder() {
    }

    /** Collation of single words or phrases; a fresh instance because Collator is not thread safe. */
    public static Collator collator() {
        return (Collator) COLLATOR.clone();
    }

    /**
     * Vietnamese order of words or phrases, for sorting many: each distinct text is collated once
     * (a collator comparison costs microseconds). One per sort: it is not thread safe.
     */
    public static Comparator<String> textOrder() {
        return Comparator.comparing(wordKeys(), Arrays::compareUnsigned);
    }

    /** Collation keys as bytes, each distinct text collated once; not thread safe. */
    private static Function<String, byte[]> wordKeys() {
        Collator collator = collator();
        Map<String, byte[]> keys = new HashMap<>();
        return text -> keys.computeIfAbsent(text, t -> collator.getCollationKey(t).toByteArray());
    }

    public static Comparator<PersonName> comparator() {
        Collator collator = collator();
        return Comparator.comparing(PersonName::given, collator)
                .thenComparing(PersonName::middle, collator)
                .thenComparing(PersonName::family, collator);
    }

    /**
     * The register's order as bytes a database can sort and index without a collation of its own
     * (decision 0011): the collation keys of given, middle and family name, one after another.
     * Compared as unsigned bytes, these keys order names as {@link #comparator()} does.
     */
    public static byte[] sortKey(PersonName name) {
        Collator collator = collator();
        return sortKey(name, word -> collator.getCollationKey(word).toByteArray());
    }

    /**
     * {@link #sortKey} for many names in a row (an import, demo data): names repeat a lot, so each
     * distinct word is collated once. Not thread safe: one per batch of work.
     */
    public static Function<PersonName, byte[]> sortKeys() {
        Function<String, byte[]> words = wordKeys();
        return name -> sortKey(name, words);
    }

    private static byte[] sortKey(PersonName name, Function<String, byte[]> wordKey) {
        byte[] given = wordKey.apply(name.given());
        byte[] middle = wordKey.apply(name.middle() == null ? "" : name.middle());
        byte[] family = wordKey.apply(name.family());
        byte[] key = Arrays.copyOf(given, given.length + middle.length + family.length);
        System.arraycopy(middle, 0, key, given.length, middle.length);
        System.arraycopy(family, 0, key, given.length + middle.length, family.length);
        return key;
    }

    /**
     * Ranks many items by name quickly: names repeat a lot, so only the distinct words are
     * collated and the items are then sorted on integers. rank[i] is the position of items[i].
     */
    public static <T> int[] ranks(List<T> items, Function<T, PersonName> name) {
        Map<String, Integer> givenRank = wordRanks(items, t -> name.apply(t).given());
        Map<String, Integer> middleRank = wordRanks(items, t -> name.apply(t).middle());
        Map<String, Integer> familyRank = wordRanks(items, t -> name.apply(t).family());
        Integer[] order = new Integer[items.size()];
        long[] key = new long[items.size()];
        for (int i = 0; i < order.length; i++) {
            PersonName n = name.apply(items.get(i));
            order[i] = i;
            key[i] = ((long) givenRank.get(n.given()) << 42) | ((long) middleRank.get(n.middle()) << 21)
                    | familyRank.get(n.family());
        }
        Arrays.sort(order, Comparator.comparingLong(i -> key[i]));
        int[] rank = new int[order.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private static <T> Map<String, Integer> wordRanks(List<T> items, Function<T, String> word) {
        String[] distinct = items.stream().map(word).distinct().toArray(String[]::new);
        Arrays.sort(distinct, collator());
        Map<String, Integer> rank = new HashMap<>(distinct.length * 2);
        for (int i = 0; i < distinct.length; i++) {
            rank.put(distinct[i], i);
        }
        return rank;
    }

    /** Vietnamese collation with numbers compared as numbers: "Thôn 2" before "Thôn 10". */
    public static Comparator<String> withNumbers() {
        Collator collator = collator();
        return (a, b) -> {
            List<String> left = chunks(a);
            List<String> right = chunks(b);
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                String x = left.get(i);
                String y = right.get(i);
                int result;
                if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
                    result = new BigInteger(x).compareTo(new BigInteger(y));
                } else {
                    result = collator.compare(x, y);
                }
                if (result != 0) {
                    return result;
                }
            }
            return Integer.compare(left.size(), right.size());
        };
    }

    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || Character.isDigit(text.charAt(i)) != Character.isDigit(text.charAt(i - 1))) {
                chunks.add(text.substring(start, i));
                start = i;
            }
        }
        return chunks;
    }
}
