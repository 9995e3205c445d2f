package org.modalis.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modalis.UserInputException;

/** Shards partition the grid: every point in exactly one shard. */
class ShardTest {

    @Test
    void shardsCoverEveryPointExactlyOnce() {
        SweepPlan plan = SweepPlan.parse(List.of("a=1,2,3,4,5", "b=x,y"));
        for (int n = 1; n <= 12; n++) {
            List<Integer> all = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                new Shard(k, n).select(plan.points()).forEach(p -> all.add(p.index()));
            }
            all.sort(null);
            assertEquals(java.util.stream.IntStream.range(0, 10).boxed().toList(), all, "N = " + n);
        }
    }

    @Test
    void roundRobin() {
        SweepPlan plan = SweepPlan.parse(List.of("a=1,2,3,4,5,6,7,8")); // indices 0..7
        assertEquals(List.of(1, 4, 7), Shard.parse("2/3").select(plan.points()).stream().map(SweepPoint::index).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/3", "4/3", "1/0", "a/b", "2", "1/2/3"})
    void badShardsAreUserErrors(String text) {
        UserInputException e = assertThrows(UserInputException.class, () -> Shard.parse(text));
        assertEquals("--shard", e.key());
    }
}
