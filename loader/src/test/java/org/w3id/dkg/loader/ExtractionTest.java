package org.w3id.dkg.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The core permits of the parallel loader: a stuck document cannot keep the others from running. */
class ExtractionTest {
    @Test
    void noMoreExtractionsRunThanPermitsAndOneAbandonedAtItsLimitGivesItsCoreToTheNext() throws Exception {
        ExecutorService pool = Executors.newCachedThreadPool();
        Semaphore cores = new Semaphore(1, true);
        CountDownLatch never = new CountDownLatch(1), firstRunning = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger(), most = new AtomicInteger();
        Extraction.Work stuck = file -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            firstRunning.countDown();
            try {
                never.await(); // ignores nothing: interrupted when abandoned
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BadDocumentException(file, "interrupted");
            } finally {
                running.decrementAndGet();
            }
        };
        try {
            Extraction first = Extraction.start(pool, cores, Path.of("first.txt"), stuck);
            assertThat(firstRunning.await(5, TimeUnit.SECONDS)).isTrue(); // it holds the one core
            Extraction second = Extraction.start(pool, cores, Path.of("second.txt"), file -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                running.decrementAndGet();
                return null;
            });
            Thread.sleep(50);
            assertThat(second.runningFor()).isZero(); // waiting for the one core
            assertThat(most.get()).isEqualTo(1);
            // abandoned, the first gives its core back at once, even before its thread sees the interruption
            assertThat(first.abandonAfter(Duration.ofMillis(10))).isTrue();
            second.task().get(5, TimeUnit.SECONDS);
            assertThat(second.task().isDone()).isTrue();
            assertThat(first.abandonAfter(Duration.ofHours(1))).as("once over its time, always").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
