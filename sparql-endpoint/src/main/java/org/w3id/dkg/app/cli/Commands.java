package org.w3id.dkg.app.cli;

import java.util.List;

/** Every {@code dkg} subcommand, in the order {@code --help} lists them, each given the streams it writes to. */
public final class Commands {
    private Commands() {}

    public static List<Object> all(Streams streams) {
        return List.of(new ServeCommand(streams), new LoadCommand(streams), new ExtractCommand(streams),
                new QueryCommand(streams), new StatsCommand(streams), new ExportCommand(streams),
                new ValidateCommand(streams), new EvaluateCommand(streams), new ReindexCommand(streams),
                new CompactCommand(streams));
    }
}
