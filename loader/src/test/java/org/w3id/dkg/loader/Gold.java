package org.w3id.dkg.loader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the hand-checked gold tables live: {@code ../shared/gold} beside the repository, seen from the module
 * directory ({@code ../../shared/gold}); a checkout one level deeper (a git worktree under {@code wt/}) looks one
 * level further up. Tests that need them skip when neither exists.
 */
public final class Gold {
    private Gold() {}

    /** The gold directory: the first candidate that exists, else the conventional one (absent). */
    public static Path dir() {
        List<Path> candidates = List.of(Path.of("..", "..", "shared", "gold"), Path.of("..", "..", "..", "shared", "gold"));
        return candidates.stream().filter(Files::isDirectory).findFirst().orElse(candidates.get(0));
    }
}
