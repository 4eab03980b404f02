package vn.doanthe.member.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rebuilds the maintained counts after a change of the territory (a merge of communes moves the
 * branches of thousands of members) once that change is committed, in a transaction of its own:
 * the rebuild reads every membership period, which is minutes at a million members, and must
 * neither hold the user's request nor lock the counts while the user waits. Until it commits,
 * readers see the counts as they were. Two rebuilds, on one instance or several, queue behind
 * each other on the rows of {@code member_tally} that each deletes first.
 */
@Stateless
public class TallyRebuilds {

    private static final Logger LOG = Logger.getLogger(TallyRebuilds.class.getName());

    @Inject
    MemberTallies tallies;

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void afterTerritoryChange() {
        long started = System.nanoTime();
        try {
            long rows = tallies.rebuild();
            LOG.info(() -> "Member counts rebuilt after a change of the territory: " + rows + " count changes in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Rebuilding the member counts after a change of the territory failed; "
                    + "POST /api/v1/stats/recount rebuilds them", e);
            throw e;
        }
    }
}
