package org.proficio.competency.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CyclesTest {

    @Test
    void acyclicGraphHasNoCycle() {
        assertThat(Cycles.find(Map.of("a", List.of("b", "c"), "b", List.of("c"), "c", List.<String>of())))
                .isEmpty();
    }

    @Test
    void namesTheNodesAlongTheCycle() {
        assertThat(Cycles.find(Map.of("a", List.of("b"), "b", List.of("c"), "c", List.of("a"), "d", List.of("a"))))
                .hasValueSatisfying(cycle -> {
                    assertThat(cycle).hasSize(4);
                    assertThat(cycle.get(0)).isEqualTo(cycle.get(3));
                    assertThat(cycle).containsOnly("a", "b", "c");
                });
    }

    @Test
    void selfLoopIsACycle() {
        assertThat(Cycles.find(Map.of("a", List.of("a")))).contains(List.of("a", "a"));
    }

    @Test
    void deepChainDoesNotOverflowTheStack() {
        Map<Integer, List<Integer>> chain = new java.util.HashMap<>();
        IntStream.range(0, 100_000).forEach(i -> chain.put(i, List.of(i + 1)));
        assertThat(Cycles.find(chain)).isEmpty();
        chain.put(100_000, List.of(0));
        assertThat(Cycles.find(chain))
                .hasValueSatisfying(cycle -> assertThat(cycle).hasSize(100_002));
    }
}
