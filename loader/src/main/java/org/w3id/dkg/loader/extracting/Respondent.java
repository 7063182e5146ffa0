package org.w3id.dkg.loader.extracting;

import org.w3id.dkg.loader.linking.Entity;
import org.w3id.dkg.loader.segmenting.ReplyBlock;

/** A reply block and the State or organisation its heading names: who "Elle", "Le pays", "Notre pays" are inside it. */
public record Respondent(ReplyBlock block, Entity entity) {}
