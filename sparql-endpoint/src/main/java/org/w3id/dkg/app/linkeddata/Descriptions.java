package org.w3id.dkg.app.linkeddata;

import org.apache.jena.rdf.model.Model;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3id.dkg.app.server.StoreVersion;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * The VoID and service description of the store as it is now. Computing it reads every quad,
 * so it is kept until the store changes ({@link StoreVersion}): crawlers that poll {@code /void}
 * cost one pass per change, not one per request.
 */
@Component
public class Descriptions {
    private final DkgStore store;
    private final PublicBase base;
    private final StoreVersion version;
    private final String dataLicense;
    private final String codeLicense;
    private final String publisherName;
    private final String publisherUrl;
    private String token;
    private Model model;

    public Descriptions(DkgStore store, PublicBase base, StoreVersion version,
            @Value("${dkg.data-license:https://www.apache.org/licenses/LICENSE-2.0}") String dataLicense,
            @Value("${dkg.publisher.name:dkg project}") String publisherName,
            @Value("${dkg.publisher.url:}") String publisherUrl) {
        this.store = store;
        this.base = base;
        this.version = version;
        this.dataLicense = dataLicense;
        this.codeLicense = "https://www.apache.org/licenses/LICENSE-2.0";
        this.publisherName = publisherName;
        this.publisherUrl = publisherUrl;
    }

    /** VoID and the service description, in one graph. Do not change the model returned. */
    public synchronized Model current() {
        String now = version.token();
        if (model == null || !now.equals(token)) {
            DatasetDescription.Publication pub = new DatasetDescription.Publication(base.url(), dataLicense, codeLicense,
                    publisherName, publisherUrl, version.modified());
            model = store.read(ds -> DatasetDescription.describe(ds.asDatasetGraph(), pub));
            token = now;
        }
        return model;
    }
}
