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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.doanthe.audit.control.AuditTrail;
import vn.doanthe.member.control.MemberRow;
import vn.doanthe.member.control.MemberRowRules;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.MemberSheetReader;
import vn.doanthe.member.control.RuleMemo;
import vn.doanthe.member.entity.MemberRole;
import vn.doanthe.member.entity.MemberImport;
import vn.doanthe.member.entity.MemberImportError;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.security.control.Unguarded;
import vn.doanthe.security.entity.Role;
import vn.doanthe.territory.entity.AdminUnit;
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
@Unguarded("the import's own background job, started by MemberImports once it had checked the caller")
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
    AuditTrail auditTrail;

    @Resource
    SessionContext session;

    public Long create(Caller caller, String fileName, byte[] content, int rows) {
        MemberImport job = new MemberImport(caller.username(), fileName, content, rows);
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
            RuleMemo memo = new RuleMemo();
            List<MemberRow> batch = new ArrayList<>();
            int[] counts = new int[2]; // rows, invalid rows
            MemberSheetReader.read(self.content(id), row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    counts[0] += batch.size();
                    counts[1] += self.check(id, batch, seen, memo, counts[0]);
                    batch.clear();
                }
            });
            counts[0] += batch.size();
            counts[1] += self.check(id, batch, seen, memo, counts[0]);
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
            RuleMemo memo = new RuleMemo();
            List<MemberRow> batch = new ArrayList<>();
            int[] counts = new int[3]; // done, created, unchanged
            Runnable flush = () -> {
                int[] written = MutationContext.onBehalfOf(caller, () -> self.writeBatch(batch, memo));
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

    /**
     * Checks a batch of rows (one query per kind of lookup for the whole batch), keeps their
     * problems and the progress; answers how many rows have one.
     */
    public int check(Long id, List<MemberRow> rows, Map<String, Integer> seen, RuleMemo memo, int done) {
        int invalid = 0;
        for (MemberRowRules.Checked checked : rules.check(rows, memo)) {
            MemberRow row = checked.row();
            List<MemberRowRules.Problem> problems = new ArrayList<>(checked.problems());
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
     * already holds changes nothing. The rows are checked again first, together, and what they
     * need is read in one query per kind; each person and membership created is an entity of its
     * own, recorded by the mutation path. Answers {created, unchanged}.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public int[] writeBatch(List<MemberRow> rows, RuleMemo memo) {
        // A row refused now (its CCCD registered meanwhile, its unit closed) is left out.
        List<MemberRowRules.Checked> valid = rules.check(rows, memo).stream().filter(MemberRowRules.Checked::valid)
                .toList();
        load(AdminUnit.class, valid.stream().map(MemberRowRules.Checked::hamletId));
        load(OrgUnit.class, valid.stream().map(c -> c.parsed().orgUnitId()));
        List<Long> registered = valid.stream().map(MemberRowRules.Checked::registeredId).filter(Objects::nonNull)
                .toList();
        load(Person.class, registered.stream());
        Set<List<Long>> memberOf = new HashSet<>(registered.isEmpty() ? List.of() : em.createQuery(
                        "select m.person.id, m.organisation.id from Membership m where m.person.id in :persons",
                        Object[].class).setParameter("persons", registered).getResultStream()
                .map(m -> List.of((Long) m[0], (Long) m[1])).toList());
        int created = 0;
        for (MemberRowRules.Checked row : valid) {
            MemberRow.Parsed parsed = row.parsed();
            boolean changed = false;
            Person person;
            if (row.registeredId() == null) {
                person = Persons.newPerson(parsed.person(), em.find(AdminUnit.class, row.hamletId()));
                em.persist(person);
                changed = true;
            } else {
                person = em.find(Person.class, row.registeredId());
            }
            if (parsed.orgUnitId() != null
                    && (row.registeredId() == null || memberOf.add(List.of(row.registeredId(), row.organisationId())))) {
                Memberships.join(em, person, em.find(OrgUnit.class, parsed.orgUnitId()), parsed.memberNumber(),
                        parsed.joinedOn(), MemberRole.MEMBER);
                changed = true;
            }
            created += changed ? 1 : 0;
        }
        return new int[] {created, valid.size() - created};
    }

    /** Reads the entities with these ids into the persistence context, in one query. */
    private void load(Class<?> type, Stream<Long> ids) {
        Set<Long> wanted = ids.filter(Objects::nonNull).collect(Collectors.toSet());
        if (!wanted.isEmpty()) {
            em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                    .setParameter("ids", wanted).getResultList();
        }
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
