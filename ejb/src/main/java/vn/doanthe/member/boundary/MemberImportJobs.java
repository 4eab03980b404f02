package vn.doanthe.member.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.doanthe.audit.control.AuditTrail;
import vn.doanthe.member.control.MemberRow;
import vn.doanthe.member.control.MemberRowRules;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.MemberSheetReader;
import vn.doanthe.member.entity.MemberImport;
import vn.doanthe.member.entity.MemberImportError;
import vn.doanthe.member.entity.Membership;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.mutation.Caller;
import vn.doanthe.platform.mutation.Mutation;
import vn.doanthe.platform.mutation.MutationContext;

/**
 * The work of an import, in the background so that it goes on when the browser is closed: the
 * check of every row (which writes nothing but the problems found), then, once the user chose,
 * the writing of the valid rows {@value #BATCH} at a time, each batch one audited command.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MemberImportJobs {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(MemberImportJobs.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    MemberRowRules rules;

    @Inject
    Persons persons;

    @Inject
    Memberships memberships;

    @Inject
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    public Long create(Caller caller, String fileName, byte[] content) {
        MemberImport job = new MemberImport(caller.username(), fileName, content);
        em.persist(job);
        em.flush();
        auditTrail.event(caller, "IMPORT_UPLOADED", "MemberImport", "import=" + job.getId() + " file=" + fileName
                + " bytes=" + content.length);
        return job.getId();
    }

    /** Records the user's decision on a checked import, as an audit event. */
    public void decide(Long id, ImportMode mode, Caller caller) {
        MemberImport job = em.find(MemberImport.class, id);
        if (job == null) {
            throw new RecordNotFound("id", "member.import.error.notFound", id);
        }
        if (job.getState() != MemberImport.State.VALIDATED) {
            throw new Conflict("mode", "member.import.error.notWaiting");
        }
        if (mode == ImportMode.NOTHING) {
            job.finish(MemberImport.State.DISCARDED, null);
        } else {
            job.importing();
        }
        auditTrail.event(caller, "IMPORT_" + mode, "MemberImport", "import=" + id + " file=" + job.getFileName()
                + " valid=" + job.getValid() + " invalid=" + job.getInvalid());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void validate(Long id, Caller caller) {
        MutationContext.onBehalfOf(caller, () -> {
            checkRows(id);
            return null;
        });
    }

    /** Checks every row as the uploader: a row naming a place or unit outside their scope is refused. */
    private void checkRows(Long id) {
        MemberImportJobs self = session.getBusinessObject(MemberImportJobs.class);
        try {
            Map<String, Integer> seen = new HashMap<>();
            List<MemberRow> batch = new ArrayList<>();
            int[] counts = new int[2]; // rows, invalid rows
            MemberSheetReader.read(self.content(id), row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    counts[0] += batch.size();
                    counts[1] += self.check(id, batch, seen, counts[0]);
                    batch.clear();
                }
            });
            counts[0] += batch.size();
            counts[1] += self.check(id, batch, seen, counts[0]);
            self.validated(id, counts[0], counts[1]);
        } catch (DomainException e) {
            self.finish(id, MemberImport.State.FAILED, e.messageKey());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + id + " could not be checked", e);
            self.finish(id, MemberImport.State.FAILED, "member.import.error.unexpected");
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void write(Long id, Caller caller) {
        MemberImportJobs self = session.getBusinessObject(MemberImportJobs.class);
        try {
            Set<Integer> refused = self.rowsInError(id);
            List<MemberRow> batch = new ArrayList<>();
            int[] counts = new int[3]; // done, created, unchanged
            Runnable flush = () -> {
                int[] written = MutationContext.onBehalfOf(caller, () -> self.writeBatch(batch));
                counts[0] += batch.size();
                counts[1] += written[0];
                counts[2] += written[1];
                self.written(id, counts[0], counts[1], counts[2]);
                batch.clear();
            };
            MemberSheetReader.read(self.content(id), row -> {
                if (!refused.contains(row.number())) {
                    batch.add(row);
                }
                if (batch.size() == BATCH) {
                    flush.run();
                }
            });
            flush.run();
            self.finish(id, MemberImport.State.DONE, null);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + id + " stopped", e);
            self.finish(id, MemberImport.State.FAILED, "member.import.error.unexpected");
        }
    }

    public byte[] content(Long id) {
        return em.createQuery("select i.content from MemberImport i where i.id = :id", byte[].class)
                .setParameter("id", id).getSingleResult();
    }

    /** Checks a batch of rows, keeps their problems; answers how many rows have one. */
    public int check(Long id, List<MemberRow> rows, Map<String, Integer> seen, int done) {
        int invalid = 0;
        for (MemberRow row : rows) {
            List<MemberRowRules.Problem> problems = new ArrayList<>(rules.check(row));
            String nationalId = row.cell(MemberSheet.NATIONAL_ID);
            if (!nationalId.isEmpty()) {
                Integer first = seen.putIfAbsent(nationalId, row.number());
                if (first != null) {
                    problems.add(new MemberRowRules.Problem(MemberSheet.NATIONAL_ID, "member.import.error.repeatedNationalId",
                            List.of(first)));
                }
            }
            problems.forEach(p -> em.persist(new MemberImportError(id, row.number(), p.column(), p.messageKey(),
                    p.arguments())));
            invalid += problems.isEmpty() ? 0 : 1;
        }
        em.createQuery("update MemberImport i set i.done = :done where i.id = :id")
                .setParameter("done", done).setParameter("id", id).executeUpdate();
        return invalid;
    }

    public Set<Integer> rowsInError(Long id) {
        return new HashSet<>(em.createNamedQuery("MemberImportError.rowsOf", Integer.class)
                .setParameter("import", id).getResultList());
    }

    /**
     * Writes a batch of checked rows as one command: a new person for an unknown CCCD, a membership
     * where the person has none in that organisation. A row that matches what the registry
     * already holds changes nothing. Answers {created, unchanged}.
     */
    @Mutation
    public int[] writeBatch(List<MemberRow> rows) {
        int created = 0;
        int unchanged = 0;
        for (MemberRow row : rows) {
            if (!rules.check(row).isEmpty()) {
                continue; // changed since the check (the CCCD registered meanwhile): left out
            }
            MemberRow.Parsed parsed = rules.parse(row, new ArrayList<>()).orElseThrow();
            boolean changed = false;
            Long personId;
            Person registered = rules.registered(parsed.person().nationalId()).orElse(null);
            if (registered == null) {
                personId = persons.register(parsed.person()).id();
                changed = true;
            } else {
                personId = registered.getId();
            }
            if (parsed.orgUnitId() != null) {
                OrgUnit unit = em.find(OrgUnit.class, parsed.orgUnitId());
                boolean member = !em.createNamedQuery("Membership.ofPersonIn", Membership.class)
                        .setParameter("person", personId).setParameter("organisation", unit.getOrganisation().getId())
                        .getResultList().isEmpty();
                if (!member) {
                    memberships.enrol(new NewMembership(personId, unit.getId(), null, parsed.memberNumber(),
                            parsed.joinedOn(), null));
                    changed = true;
                }
            }
            if (changed) {
                created++;
            } else {
                unchanged++;
            }
        }
        return new int[] {created, unchanged};
    }

    public void validated(Long id, int rows, int invalid) {
        em.find(MemberImport.class, id).validated(rows, rows - invalid, invalid);
    }

    public void written(Long id, int done, int created, int unchanged) {
        em.find(MemberImport.class, id).written(done, created, unchanged);
    }

    public void finish(Long id, MemberImport.State state, String why) {
        em.find(MemberImport.class, id).finish(state, why);
    }
}
