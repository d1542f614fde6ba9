package org.proficio.platform.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OneAfterAnotherTest {

    private static final List<Integer> MANY = IntStream.range(0, 20_000).boxed().toList();

    @Test
    void runsEveryStepInOrderWithoutOverflowingTheStack() {
        List<Integer> ran = new ArrayList<>();
        OneAfterAnother.each(MANY, i -> Uni.createFrom().item(i).invoke(ran::add))
                .await()
                .atMost(Duration.ofSeconds(10));
        assertThat(ran).isEqualTo(MANY);
    }

    @Test
    void aChainBuiltInALoopOverTheSameItemsOverflows() {
        // what OneAfterAnother replaces: the failure it prevents is real
        Uni<Void> chained = Uni.createFrom().voidItem();
        for (Integer i : MANY) {
            chained = chained.chain(() -> Uni.createFrom().item(i)).replaceWithVoid();
        }
        Uni<Void> built = chained;
        assertThatThrownBy(() -> built.await().atMost(Duration.ofSeconds(10))).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void stopsAtTheFirstFailingStep() {
        List<Integer> ran = new ArrayList<>();
        Uni<Void> run = OneAfterAnother.each(
                List.of(1, 2, 3, 4),
                i -> i == 3
                        ? Uni.createFrom().failure(new IllegalStateException("step 3"))
                        : Uni.createFrom().item(i).invoke(ran::add));
        assertThatThrownBy(() -> run.await().atMost(Duration.ofSeconds(10))).hasMessage("step 3");
        assertThat(ran).containsExactly(1, 2);
    }

    @Test
    void noItemsIsDoneAtOnce() {
        List<Integer> ran = new ArrayList<>();
        OneAfterAnother.each(List.<Integer>of(), i -> Uni.createFrom().item(i).invoke(ran::add))
                .await()
                .atMost(Duration.ofSeconds(1));
        assertThat(ran).isEmpty();
    }
}
