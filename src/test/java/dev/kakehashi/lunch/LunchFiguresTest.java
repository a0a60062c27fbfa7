package dev.kakehashi.lunch;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.TreeMap;
import org.junit.Test;

public class LunchFiguresTest {
    private static TreeMap<String, Integer> totals(Object... keysAndValues) {
        TreeMap<String, Integer> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    public void aSingleHiddenDepartmentTotalTakesTheSmallestShownOneWithIt() {
        TreeMap<String, Integer> byDepartment = totals("accounting", null, "development", 18, "it", 8, "sales", 16);

        LunchService.hideComplement(byDepartment);

        assertEquals(Arrays.asList(null, 18, null, 16), byDepartment.values().stream().toList());
    }

    @Test
    public void noneOrTwoHiddenTotalsStayAsTheyAre() {
        TreeMap<String, Integer> none = totals("development", 18, "it", 8);
        TreeMap<String, Integer> two = totals("accounting", null, "development", 18, "it", null);

        LunchService.hideComplement(none);
        LunchService.hideComplement(two);

        assertEquals(Arrays.asList(18, 8), none.values().stream().toList());
        assertEquals(Arrays.asList(null, 18, null), two.values().stream().toList());
    }
}
