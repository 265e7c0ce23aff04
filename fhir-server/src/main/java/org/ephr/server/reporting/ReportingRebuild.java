package org.ephr.server.reporting;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.api.server.storage.IResourcePersistentId;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the projection from every stored resource: at the first start of a server that already holds records,
 * and whenever the counting rules change ({@link #VERSION}). One transaction, so a report never sees half of it;
 * writes during a rebuild are projected by their own transactions, after it.
 */
class ReportingRebuild {

    /** Raise when {@link ReportingFacts} counts differently, so that every server rebuilds at its next start. */
    static final int VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(ReportingRebuild.class);
    private static final List<String> TYPES =
            List.of("Organization", "Patient", "Encounter", "Observation", "Immunization", "Condition");

    private final DaoRegistry daos;
    private final ReportingProjector projector;
    private final ReportingStore store;
    private final TransactionTemplate transactions;

    ReportingRebuild(
            DaoRegistry daos, ReportingProjector projector, ReportingStore store, TransactionTemplate transactions) {
        this.daos = daos;
        this.projector = projector;
        this.store = store;
        this.transactions = transactions;
    }

    /** Rebuilds unless the projection was built with the current rules. */
    void rebuildIfOutdated() {
        if (store.version().filter(version -> version == VERSION).isEmpty()) {
            rebuild();
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    long rebuild() {
        long started = System.nanoTime();
        Long projected = transactions.execute(status -> {
            store.clear();
            long count = 0;
            for (String type : TYPES) {
                IFhirResourceDao dao = daos.getResourceDao(type);
                List<IResourcePersistentId> ids =
                        dao.searchForResourceIds(SearchParameterMap.newSynchronous(), new SystemRequestDetails());
                for (IResourcePersistentId id : ids) {
                    IBaseResource resource = dao.readByPid(id);
                    if (resource != null) {
                        projector.project(resource, false); // the projection was just cleared
                        count++;
                    }
                }
            }
            store.setVersion(VERSION);
            return count;
        });
        log.info(
                "Reporting projection rebuilt from {} resources in {} ms",
                projected,
                (System.nanoTime() - started) / 1_000_000);
        return projected == null ? 0 : projected;
    }
}
