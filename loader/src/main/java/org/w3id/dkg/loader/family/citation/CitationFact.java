package org.w3id.dkg.loader.family.citation;

import org.w3id.dkg.loader.extracting.Evidence;
import org.w3id.dkg.loader.extracting.Fact;
/**
 * A document cites a UN document by its symbol.
 *
 * @param symbol in UN form: {@code A/RES/76/43}, {@code S/RES/1540(2004)}, {@code A/CONF.192/BMS/2021/1}
 */
public record CitationFact(String symbol, Evidence evidence) implements Fact {
    @Override
    public String identity() {
        return "citation|" + symbol;
    }
}
