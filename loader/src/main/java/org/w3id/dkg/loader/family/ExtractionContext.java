package org.w3id.dkg.loader.family;

import org.w3id.dkg.loader.language.LanguagePack;
import org.w3id.dkg.loader.linking.EntityRegistry;

/**
 * What a family needs to build its extractor: the language its rules are written in, and the
 * registry, where the entities an extractor names without finding them in the text (the body that
 * adopts a resolution, the member States of an organisation) come from.
 */
public record ExtractionContext(LanguagePack language, EntityRegistry registry) {}
