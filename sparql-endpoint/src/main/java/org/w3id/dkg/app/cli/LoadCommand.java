package org.w3id.dkg.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.dkg.app.DkgMain;
import org.w3id.dkg.loader.store.DkgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dkg load}: extracts documents and writes each as its own named graph, one transaction per document. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts documents (files, or folders of .txt/.md files) and loads them into the store,",
                "one transaction per document. A document loaded again replaces its graph.",
                "Exit 2 if any file failed; the store must not be in use by 'dkg serve'."})
public final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    DkgMain main;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "document files or folders")
    List<Path> paths;

    @Override
    public Integer call() {
        try (DkgStore s = store.openOrCreate()) {
            return Loading.load(s, paths, main.err()) ? DkgMain.OK : DkgMain.BAD_INPUT;
        }
    }
}
