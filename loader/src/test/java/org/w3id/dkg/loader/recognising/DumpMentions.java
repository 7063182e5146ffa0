package org.w3id.dkg.loader.recognising;

import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.linking.EntityRegistry;

class DumpMentions {
    @Test
    void dump() {
        EntityRecogniser r = new EntityRecogniser(EntityRegistry.loadDefault());
        for (String d : new String[] {"000", "002", "004"}) {
            for (EntityMention m : r.recognise(CorpusFiles.read(d))) {
                System.out.println(d + "\t" + m.entity().kind() + "\t" + m.entity().key() + "\t" + m.form() + "\t" + m.surface().replace('\n', ' '));
            }
        }
    }
}
