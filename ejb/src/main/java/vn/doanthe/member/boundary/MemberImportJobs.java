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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.doanthe.platform.mutation.ChangeRecorder;
import vn.doanthe.member.control.MemberRow;
import vn.doanthe.member.control.MemberRowRules;
import vn.doanthe.member.control.MembershipRules;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.MemberSheetReader;
import vn.doanthe.member.control.RuleMemo;
import vn.doanthe.member.entity.MemberRole;
import vn.doanthe.member.entity.MemberImport;
import vn.doanthe.member.entity.MemberImportError;
import vn.doanthe.member.entity.Person;
import vn.doanthe.organisation.entity.OrgUnit;
import vn.doanthe.platform.access.Unguarded;
import vn.doanthe.platform.access.Role;
import vn.doanthe.territory.entity.AdminUnit;
import vn.doanthe.platform.boundary.Conflict;
import vn.doanthe.platform.boundary.DomainException;
import vn.doanthe.platform.boundary.RecordNotFound;
import vn.doanthe.platform.access.Caller;
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
    MembershipRules memberships;

    @Inject
    ChangeRecorder auditTrail;

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

    /**
     * Records the user's decision on a checked import, as an audit event. One decision wins: the
     * state changes only from "checked", in one statement that a second decision at the same moment
     * waits for and then finds already taken; that one is told what was decided.
     */
    public void decide(Long id, ImportMode mode, Caller caller) {
        boolean nothing = mode == ImportMode.NOTHING;
        int taken = em.createQuery("update MemberImport i set i.state = :next, i.done = 0, i.finishedAt = :finished"
                        + " where i.id = :id and i.state = :waiting")
                .setParameter("next", nothing ? MemberImport.State.DISCARDED : MemberImport.State.IMPORTING)
                .setParameter("finished", nothing ? LocalDateTime.now(ZoneOffset.UTC) : null)
                .setParameter("id", id).setParameter("waiting", MemberImport.State.VALIDATED).executeUpdate();
        Object[] job = em.createQuery("select i.state, i.fileName, i.valid, i.invalid from MemberImport i where i.id = :id",
                Object[].class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("id", "member.import.error.notFound", id));
        if (taken == 0) {
            throw new Conflict("mode", "member.import.error.decided." + job[0]);
        }
        auditTrail.event(caller, "IMPORT_" + mode, "MemberImport", "import=" + id + " file=" + job[1]
                + " valid=" + job[2] + " invalid=" + job[3]);
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
            Written[] total = {Written.NONE};
            Runnable flush = () -> {
                Written written = writeRows(self, caller, batch, memo);
                total[0] = total[0].plus(written);
                self.written(id, total[0], written.refused());
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

    /**
     * Writes rows as one command; if that fails (a row the check let through broke a rule at
     * writing, say its CCCD was registered by another import at the same moment), writes each row
     * alone, so that a row's failure is that row's only and is reported with its number.
     */
    private static Written writeRows(MemberImportJobs self, Caller caller, List<MemberRow> rows, RuleMemo memo) {
        if (rows.isEmpty()) {
            return Written.NONE;
        }
        try {
            return MutationContext.onBehalfOf(caller, () -> self.writeBatch(rows, memo));
        } catch (RuntimeException batchFailed) {
            if (rows.size() == 1) {
                return writeAlone(self, caller, rows.get(0), memo, batchFailed);
            }
            LOG.info(() -> "A batch of " + rows.size() + " rows from row " + rows.get(0).number()
                    + " failed as a whole; writing its rows one by one");
            Written written = Written.NONE;
            for (MemberRow row : rows) {
                written = written.plus(writeAlone(self, caller, row, memo, null));
            }
            return written;
        }
    }

    /**
     * One row as its own command, tried a second time when it collided with a concurrent command
     * (checked again, it then finds what the other wrote: a person registered meanwhile is counted
     * unchanged). A row that still fails is refused with its reason.
     */
    private static Written writeAlone(MemberImportJobs self, Caller caller, MemberRow row, RuleMemo memo,
                                      RuntimeException failed) {
        RuntimeException last = failed;
        for (int attempt = failed == null ? 1 : 2; attempt <= 2; attempt++) {
            try {
                return MutationContext.onBehalfOf(caller, () -> self.writeBatch(List.of(row), memo));
            } catch (RuntimeException e) {
                last = e;
            }
        }
        DomainException refusal = refusalIn(last);
        if (refusal != null && !refusal.messageKey().startsWith("error.conflict.")) {
            return Written.refused(row, new MemberRowRules.Problem(MemberSheet.column(refusal.field()),
                    refusal.messageKey(), List.of(refusal.arguments())));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Import row " + row.number() + " could not be written (incident " + incident + ")", last);
        return Written.refused(row, new MemberRowRules.Problem(null, "member.import.error.rowNotWritten",
                List.of(incident)));
    }

    private static DomainException refusalIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
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
     * already holds changes nothing. The rows are checked again first, together, with the very
     * rules of the check (what they name may have changed since), and what they need is read in
     * one query per kind; each person and membership created is an entity of its own, recorded by
     * the mutation path. Rows refused now are answered with their problems.
     */
    @Mutation(allowed = {Role.ADMIN, Role.STAFF})
    public Written writeBatch(List<MemberRow> rows, RuleMemo memo) {
        List<MemberRowRules.Checked> checked = rules.check(rows, memo);
        Set<Long> closed = memberships.lockForJoining(checked.stream().filter(MemberRowRules.Checked::valid)
                .map(c -> c.parsed().orgUnitId()).filter(Objects::nonNull).toList());
        Written written = Written.NONE;
        List<MemberRowRules.Checked> valid = new ArrayList<>();
        for (MemberRowRules.Checked row : checked) {
            if (!row.valid()) {
                written = written.plus(Written.refused(row.row(), row.problems()));
            } else if (row.parsed().orgUnitId() != null && closed.contains(row.parsed().orgUnitId())) {
                written = written.plus(Written.refused(row.row(), List.of(new MemberRowRules.Problem(MemberSheet.UNIT,
                        "organisation.error.unitClosed", List.of(em.find(OrgUnit.class, row.parsed().orgUnitId()).getName())))));
            } else {
                valid.add(row);
            }
        }
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
        return written.plus(new Written(created, valid.size() - created, List.of()));
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

    /** The progress so far, and the problems of the rows refused in the last batch. */
    public void written(Long id, Written total, List<Written.Refused> refused) {
        MemberImport job = em.find(MemberImport.class, id);
        for (Written.Refused row : refused) {
            row.problems().forEach(p -> em.persist(new MemberImportError(id, row.number(), p.column(), p.messageKey(),
                    p.arguments())));
        }
        job.refusedAtWrite(refused.size());
        job.written(total.created() + total.unchanged(), total.created(), total.unchanged());
    }

    public void finish(Long id, MemberImport.State state, String why) {
        em.find(MemberImport.class, id).finish(state, why);
    }
}
