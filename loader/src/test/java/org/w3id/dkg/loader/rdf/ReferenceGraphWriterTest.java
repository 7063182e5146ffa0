package org.w3id.dkg.loader.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.w3id.dkg.loader.linking.EntityRegistry;

class ReferenceGraphWriterTest {

    private static final String DKG = "https://w3id.org/dkg/ontology#";
    private static final String ID = "https://w3id.org/dkg/id/";
    private static final Model MODEL = new ReferenceGraphWriter().write(EntityRegistry.loadDefault());

    private static Property p(String local) {
        return ResourceFactory.createProperty(DKG + local);
    }

    private static Resource r(String path) {
        return MODEL.createResource(ID + path);
    }

    @Test
    void instrumentHistoryBecomesTriples() {
        assertThat(MODEL.contains(r("instrument/VIENNA_DOCUMENT_1999"), p("successor"), r("instrument/VIENNA_DOCUMENT_2011")))
                .isTrue();
        assertThat(MODEL.contains(r("instrument/CCW_AMENDED_PROTOCOL_II"), p("amends"), r("instrument/CCW_PROTOCOL_II")))
                .isTrue();
        assertThat(MODEL.contains(r("instrument/NPT"), p("depositary"), r("state/USA"))).isTrue();
        assertThat(MODEL.contains(r("instrument/ATT"), p("depositary"), r("org/UNSG"))).isTrue();
        assertThat(MODEL.contains(r("instrument/ATT"), p("adoptionDate"),
                MODEL.createTypedLiteral("2013-04-02", XSDDatatype.XSDdate))).isTrue();
        assertThat(MODEL.contains(r("instrument/ATT"), p("entryIntoForceDate"),
                MODEL.createTypedLiteral("2014-12-24", XSDDatatype.XSDdate))).isTrue();
        assertThat(MODEL.contains(r("instrument/NSG_GUIDELINES"), p("adoptionDate"),
                MODEL.createTypedLiteral("1978", XSDDatatype.XSDgYear))).isTrue();
        assertThat(MODEL.contains(r("instrument/CTBT"), p("entryIntoForceDate"))).isFalse();
    }

    @Test
    void organisationsHangFromTheirParents() {
        assertThat(MODEL.contains(r("org/UNSC_1540_GROUP_OF_EXPERTS"), p("partOf"), r("org/UNSC_1540_COMMITTEE"))).isTrue();
        assertThat(MODEL.contains(r("org/OAS_WG_CYBER_CBM"), p("partOf"))).isTrue();
    }
}
