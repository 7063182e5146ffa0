package org.w3id.dkg.app.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.springframework.web.filter.OncePerRequestFilter;
import org.w3id.dkg.loader.store.DkgStore;

/**
 * {@code GET /dkg/dump.nq.gz}: the whole store as gzipped N-Quads, streamed from one read
 * transaction (a consistent snapshot; memory use does not grow with the store). A filter
 * in front of Fuseki's, because the path lies under the dataset's {@code /dkg/*}. The VoID
 * description names this address as the data dump.
 */
public final class DumpFilter extends OncePerRequestFilter {
    public static final String PATH = "/dkg/dump.nq.gz";
    private final DkgStore store;

    public DumpFilter(DkgStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        // The body is the .gz file itself (not a gzip transfer coding): saved as is, it is dkg.nq.gz.
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"dkg.nq.gz\"");
        if ("HEAD".equals(method)) {
            return;
        }
        OutputStream out = response.getOutputStream();
        GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
        store.read(ds -> {
            RDFDataMgr.write(gzip, ds.asDatasetGraph(), Lang.NQUADS);
            return null;
        });
        gzip.finish();
        gzip.flush();
    }
}
