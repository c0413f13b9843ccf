package nl.samenspel.web.room;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Puts a class in groups of 1, 2 or 5 at random, the sizes balanced over the class: about a third
 * of the students alone, a third in pairs and a third in groups of five (the group sizes of
 * Darley &amp; Latan&eacute;'s Table 1: alone, with one other, with four others).
 */
public final class GroupDraw {
    public static final int[] SIZES = {1, 2, 5};

    private GroupDraw() {}

    /** How many students go in groups of each size (index as {@link #SIZES}); they add up to {@code n}. */
    static int[] students(int n) {
        int five = 5 * (int) Math.round(n / 3.0 / 5);
        int two = 2 * (int) Math.round(n / 3.0 / 2);
        if (five + two > n) two = Math.max(0, 2 * ((n - five) / 2));
        return new int[] {n - five - two, two, five};
    }

    /** The groups, each a list of the given members, in random order. */
    public static <T> List<List<T>> draw(List<T> members, SplittableRandom random) {
        List<T> shuffled = new ArrayList<>(members);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, t);
        }
        int[] counts = students(shuffled.size());
        List<List<T>> groups = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < SIZES.length; k++) {
            for (int g = 0; g < counts[k] / SIZES[k]; g++) {
                groups.add(new ArrayList<>(shuffled.subList(next, next + SIZES[k])));
                next += SIZES[k];
            }
        }
        return groups;
    }
}
