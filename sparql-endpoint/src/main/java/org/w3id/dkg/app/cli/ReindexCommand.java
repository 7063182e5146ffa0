package org.w3id.dkg.app.cli;

import java.util.concurrent.Callable;
import org.w3id.dkg.app.DkgMain;
import org.w3id.dkg.app.search.TextIndexing;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code dkg reindex}: rebuilds the full-text index from the store, e.g. after a bulk load that bypassed it. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuilds the full-text index (labels and evidence quotes) from the store.",
                "The store must not be in use by 'dkg serve'."})
public final class ReindexCommand implements Callable<Integer> {
    @ParentCommand
    DkgMain main;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (DkgStore s = store.openExisting(); TextIndexing.Indexed indexed = TextIndexing.attach(s)) {
            long n = indexed.rebuilt() ? -1 : TextIndexing.rebuild(indexed.store());
            main.err().println(n < 0 ? "text index built" : "text index rebuilt: " + n + " literal(s)");
            return DkgMain.OK;
        }
    }
}
