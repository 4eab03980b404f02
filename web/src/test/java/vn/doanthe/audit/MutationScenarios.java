package vn.doanthe.audit;

import static vn.doanthe.audit.ExpectedEntry.of;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import vn.doanthe.audit.boundary.AuditEntries;
import vn.doanthe.cadre.boundary.Allowances;
import vn.doanthe.cadre.boundary.BaseSalaryView;
import vn.doanthe.cadre.boundary.CadreProfiles;
import vn.doanthe.cadre.boundary.HoldingEnd;
import vn.doanthe.cadre.boundary.HoldingView;
import vn.doanthe.cadre.boundary.NewHolding;
import vn.doanthe.cadre.boundary.NewPostType;
import vn.doanthe.cadre.boundary.NewRate;
import vn.doanthe.cadre.boundary.NewRating;
import vn.doanthe.cadre.boundary.PostHoldings;
import vn.doanthe.cadre.boundary.PostTypeChange;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.cadre.boundary.ProfileChange;
import vn.doanthe.cadre.boundary.RateView;
import vn.doanthe.cadre.boundary.RatingView;
import vn.doanthe.cadre.entity.AllowanceKind;
import vn.doanthe.cadre.entity.HoldingMode;
import vn.doanthe.cadre.entity.PoliticalTheory;
import vn.doanthe.cadre.entity.PostRank;
import vn.doanthe.cadre.entity.ProfessionalLevel;
import vn.doanthe.directive.boundary.AttachmentView;
import vn.doanthe.directive.boundary.CampaignReminders;
import vn.doanthe.directive.boundary.CampaignReports;
import vn.doanthe.directive.boundary.CampaignSessions;
import vn.doanthe.directive.boundary.CampaignView;
import vn.doanthe.directive.boundary.Campaigns;
import vn.doanthe.directive.boundary.DirectiveView;
import vn.doanthe.directive.boundary.Directives;
import vn.doanthe.directive.boundary.NewCampaign;
import vn.doanthe.directive.boundary.NewReport;
import vn.doanthe.directive.boundary.NewDirective;
import vn.doanthe.directive.boundary.NewSession;
import vn.doanthe.directive.boundary.NewSummary;
import vn.doanthe.directive.boundary.SessionView;
import vn.doanthe.directive.boundary.Summaries;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.directive.entity.CampaignForm;
import vn.doanthe.meeting.boundary.ClassificationRules;
import vn.doanthe.meeting.boundary.Classifications;
import vn.doanthe.meeting.boundary.CriteriaChange;
import vn.doanthe.meeting.boundary.CriteriaView;
import vn.doanthe.meeting.boundary.FollowUpLine;
import vn.doanthe.meeting.boundary.MeetingMinutes;
import vn.doanthe.meeting.boundary.MeetingRuleView;
import vn.doanthe.meeting.boundary.MeetingRules;
import vn.doanthe.meeting.boundary.MeetingView;
import vn.doanthe.meeting.boundary.Meetings;
import vn.doanthe.meeting.boundary.NewMeeting;
import vn.doanthe.meeting.boundary.NewGrading;
import vn.doanthe.meeting.boundary.NewMinutes;
import vn.doanthe.meeting.boundary.RollLine;
import vn.doanthe.meeting.boundary.RuleChange;
import vn.doanthe.meeting.boundary.NewSupervision;
import vn.doanthe.meeting.boundary.SupervisionView;
import vn.doanthe.meeting.boundary.SupervisorLine;
import vn.doanthe.meeting.boundary.Supervisions;
import vn.doanthe.meeting.entity.AttendanceState;
import vn.doanthe.meeting.entity.BranchGrade;
import vn.doanthe.meeting.entity.ClassificationStep;
import vn.doanthe.meeting.entity.MeetingType;
import vn.doanthe.directive.entity.DirectiveType;
import vn.doanthe.member.boundary.MemberImportJobs;
import vn.doanthe.member.boundary.MemberRatingView;
import vn.doanthe.member.boundary.MemberRatings;
import vn.doanthe.member.boundary.MemberStatistics;
import vn.doanthe.member.boundary.MembershipView;
import vn.doanthe.member.boundary.Memberships;
import vn.doanthe.member.boundary.NewMembership;
import vn.doanthe.member.boundary.NewPerson;
import vn.doanthe.member.boundary.NewTransfer;
import vn.doanthe.member.boundary.PersonMerges;
import vn.doanthe.member.boundary.PersonView;
import vn.doanthe.member.boundary.PersonalDataRequests;
import vn.doanthe.member.boundary.Persons;
import vn.doanthe.member.boundary.RatingEntry;
import vn.doanthe.member.boundary.StatusChange;
import vn.doanthe.member.boundary.TransferView;
import vn.doanthe.member.boundary.Transfers;
import vn.doanthe.member.control.MemberRow;
import vn.doanthe.member.control.MemberSheet;
import vn.doanthe.member.control.NationalId;
import vn.doanthe.member.control.RuleMemo;
import vn.doanthe.member.entity.Gender;
import vn.doanthe.member.entity.MembershipStatus;
import vn.doanthe.member.entity.RatingLevel;
import vn.doanthe.organisation.boundary.NewOrgUnit;
import vn.doanthe.organisation.boundary.NewOrganisation;
import vn.doanthe.organisation.boundary.NewUnitType;
import vn.doanthe.organisation.boundary.OrgUnitView;
import vn.doanthe.organisation.boundary.OrgUnits;
import vn.doanthe.organisation.boundary.OrganisationView;
import vn.doanthe.organisation.boundary.Organisations;
import vn.doanthe.platform.access.Caller;
import vn.doanthe.platform.access.Role;
import vn.doanthe.platform.boundary.PageRequest;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.mutation.MutationContext;
import vn.doanthe.security.boundary.ApiTokens;
import vn.doanthe.security.boundary.DirectoryAccounts;
import vn.doanthe.security.boundary.NewUser;
import vn.doanthe.security.boundary.TokenView;
import vn.doanthe.security.boundary.UserChange;
import vn.doanthe.security.boundary.Users;
import vn.doanthe.security.control.DirectoryUser;
import vn.doanthe.statistics.boundary.EligiblePopulations;
import vn.doanthe.territory.boundary.AdminUnitView;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.boundary.NewHamlet;
import vn.doanthe.territory.entity.AdminLevel;
import vn.doanthe.territory.entity.AdminUnitType;
import vn.doanthe.testing.Deployments;
import vn.doanthe.testing.Serials;
import vn.doanthe.training.boundary.CourseView;
import vn.doanthe.training.boundary.Courses;
import vn.doanthe.training.boundary.EnrolmentResult;
import vn.doanthe.training.boundary.EnrolmentView;
import vn.doanthe.training.boundary.Enrolments;
import vn.doanthe.training.boundary.NewCourse;
import vn.doanthe.training.boundary.NewEnrolment;
import vn.doanthe.training.boundary.NewPlan;
import vn.doanthe.training.boundary.PlanView;
import vn.doanthe.training.boundary.TrainingPlans;
import vn.doanthe.training.entity.CourseMode;

/**
 * The audit proof of every command, keyed {@code Boundary#method}: each scenario prepares its own
 * data through other commands, calls its command once with valid arguments, as a named user from a
 * known address (or as the system where only the system calls it), and says which entries that
 * call must write. A new command needs a scenario here, or {@link EveryMutationAuditedIT} fails
 * naming it.
 */
@ApplicationScoped
public class MutationScenarios {

    /** A commune of the demo province, with hamlets 29254.01 and 29254.03 and a unit of every organisation. */
    private static final String COMMUNE = "29254";
    private static final String HAMLET = "29254.01";
    private static final String OTHER_HAMLET = "29254.03";
    private static final String PASSWORD = "Kiem@Toan2026";
    private static final String ERASED = "••••••";

    interface Scenario {
        List<ExpectedEntry> run();
    }

    @Inject
    AuditProbe probe;

    @Inject
    AdminUnits adminUnits;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Organisations organisations;

    @Inject
    Persons persons;

    @Inject
    PersonalDataRequests personalDataRequests;

    @Inject
    PersonMerges personMerges;

    @Inject
    AuditEntries auditEntries;

    @Inject
    ApiTokens apiTokens;

    @Inject
    Memberships memberships;

    @Inject
    Transfers transfers;

    @Inject
    MemberRatings memberRatings;

    @Inject
    MemberImportJobs importJobs;

    @Inject
    EligiblePopulations eligiblePopulations;

    @Inject
    MemberStatistics memberStatistics;

    @Inject
    Users users;

    @Inject
    Posts posts;

    @Inject
    PostHoldings postHoldings;

    @Inject
    CadreProfiles cadreProfiles;

    @Inject
    Allowances allowances;

    @Inject
    DirectoryAccounts directoryAccounts;

    @Inject
    Courses courses;

    @Inject
    Directives directives;

    @Inject
    Summaries summaries;

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignSessions campaignSessions;

    @Inject
    CampaignReminders campaignReminders;

    @Inject
    CampaignReports campaignReports;

    @Inject
    TrainingPlans trainingPlans;

    @Inject
    MeetingRules meetingRules;

    @Inject
    Meetings meetings;

    @Inject
    MeetingMinutes meetingMinutes;

    @Inject
    Supervisions supervisions;

    @Inject
    Classifications classifications;

    @Inject
    ClassificationRules classificationRules;

    @Inject
    Enrolments enrolments;

    Map<String, Scenario> all() {
        Map<String, Scenario> all = new TreeMap<>();
        territory(all);
        organisations(all);
        members(all);
        cadres(all);
        training(all);
        directives(all);
        campaigns(all);
        security(all);
        all.put("EligiblePopulations#set", () -> {
            AdminUnitView hamlet = hamlet();
            int year = VietnamTime.today().getYear();
            asAdmin(() -> eligiblePopulations.set(hamlet.code(), year, "HPN", 240L));
            return List.of(of("EligiblePopulations.set", "CREATE", "EligiblePopulation", null)
                    .field("unit", null, hamlet.id()).field("year", null, year).field("eligible", null, 240));
        });
        all.put("MemberStatistics#recount", () -> {
            asAdmin(() -> memberStatistics.recount("sửa kỳ sinh hoạt trực tiếp trong CSDL"));
            return List.of(of("MemberStatistics.recount", "RECOUNT", "MemberTally", null)
                    .reason("sửa kỳ sinh hoạt trực tiếp trong CSDL"));
        });
        return all;
    }

    private void territory(Map<String, Scenario> all) {
        all.put("AdminUnits#addHamlet", () -> {
            String name = "Ấp Kiểm Toán " + Deployments.unique();
            AdminUnitView hamlet = asAdmin(() -> adminUnits.addHamlet(
                    new NewHamlet(COMMUNE, name, AdminUnitType.AP, null, null)));
            return List.of(of("AdminUnits.addHamlet", "CREATE", "AdminUnit", hamlet.id())
                    .field("name", null, name).field("level", null, "HAMLET").field("code", null, hamlet.code())
                    .field("parent", null, asAdmin(() -> adminUnits.find(COMMUNE, null)).id()));
        });
        all.put("AdminUnits#rename", () -> {
            AdminUnitView hamlet = hamlet();
            String name = hamlet.name() + " Mới";
            asAdmin(() -> adminUnits.rename(hamlet.code(), name, tomorrow(), "đổi tên theo nghị quyết"));
            return List.of(of("AdminUnits.rename", "UPDATE", "AdminUnit", hamlet.id())
                            .field("name", hamlet.name(), name),
                    of("AdminUnits.rename", "CREATE", "AdminUnitName", null)
                            .field("unit", null, hamlet.id()).field("name", null, hamlet.name())
                            .field("validTo", null, VietnamTime.today()));
        });
        all.put("AdminUnits#merge", () -> {
            AdminUnitView merged = hamlet();
            AdminUnitView successor = hamlet();
            asAdmin(() -> adminUnits.merge(List.of(merged.code()), successor.code(), tomorrow(), "sáp nhập ấp"));
            return List.of(of("AdminUnits.merge", "UPDATE", "AdminUnit", merged.id())
                            .field("validTo", null, VietnamTime.today()),
                    of("AdminUnits.merge", "CREATE", "Succession", null)
                            .field("predecessor", null, merged.id()).field("successor", null, successor.id())
                            .field("effectiveOn", null, tomorrow()));
        });
    }

    private void organisations(Map<String, Scenario> all) {
        all.put("Organisations#create", () -> {
            String code = "KT" + Deployments.unique().toUpperCase();
            OrganisationView created = asAdmin(() -> organisations.create(
                    new NewOrganisation(code, "Hội Kiểm Toán " + code, "HKT", "hội viên", 6)));
            return List.of(of("Organisations.create", "CREATE", "Organisation", created.id())
                    .field("code", null, code).field("name", null, "Hội Kiểm Toán " + code)
                    .field("meetingIntervalMonths", null, 6));
        });
        all.put("Organisations#addUnitType", () -> {
            String code = "KT" + Deployments.unique().toUpperCase();
            OrganisationView organisation = asAdmin(() -> organisations.create(
                    new NewOrganisation(code, "Hội Kiểm Toán " + code, "HKT", "hội viên", 6)));
            Long type = asAdmin(() -> organisations.addUnitType(code,
                    new NewUnitType("CHI_HOI", "Chi hội", 3, AdminLevel.HAMLET))).id();
            return List.of(of("Organisations.addUnitType", "CREATE", "OrgUnitType", type)
                    .field("organisation", null, organisation.id()).field("code", null, "CHI_HOI")
                    .field("rank", null, 3).field("adminLevel", null, "HAMLET"));
        });
        all.put("OrgUnits#create", () -> {
            AdminUnitView hamlet = hamlet();
            Long chapter = unitOf("HND", COMMUNE);
            String name = "Chi hội " + hamlet.name();
            OrgUnitView unit = asAdmin(() -> orgUnits.create(
                    new NewOrgUnit("HND", "CHI_HOI", chapter, hamlet.code(), name, null)));
            return List.of(of("OrgUnits.create", "CREATE", "OrgUnit", unit.id())
                    .field("name", null, name).field("parent", null, chapter).field("adminUnit", null, hamlet.id())
                    .field("establishedOn", null, VietnamTime.today()));
        });
        all.put("OrgUnits#rename", () -> {
            OrgUnitView unit = branchOn(hamlet());
            String name = unit.name() + " Mới";
            asAdmin(() -> orgUnits.rename(unit.id(), name));
            return List.of(of("OrgUnits.rename", "UPDATE", "OrgUnit", unit.id()).field("name", unit.name(), name));
        });
        all.put("OrgUnits#close", () -> {
            OrgUnitView unit = branchOn(hamlet());
            asAdmin(() -> orgUnits.close(unit.id(), null, "giải thể"));
            return List.of(of("OrgUnits.close", "UPDATE", "OrgUnit", unit.id())
                    .field("closedOn", null, VietnamTime.today()));
        });
        // Not called by anyone: it observes a merge, and its changes are the merge's.
        all.put("OrgUnits#relocate", () -> {
            AdminUnitView merged = hamlet();
            AdminUnitView successor = hamlet();
            OrgUnitView unit = branchOn(merged);
            asAdmin(() -> adminUnits.merge(List.of(merged.code()), successor.code(), tomorrow(), null));
            return List.of(of("AdminUnits.merge", "UPDATE", "OrgUnit", unit.id())
                    .field("adminUnit", merged.id(), successor.id()));
        });
    }

    private void members(Map<String, Scenario> all) {
        all.put("Persons#register", () -> {
            String name = "Nguyễn Thị Kiểm " + Deployments.unique();
            PersonView person = asAdmin(() -> persons.register(person(name, "0912345678")));
            return List.of(of("Persons.register", "CREATE", "Person", person.id())
                    .field("fullName", null, name).field("gender", null, "FEMALE")
                    .field("birthDate", null, "1980-02-02").field("phone", null, "0912345678")
                    .field("hamlet", null, asAdmin(() -> adminUnits.find(HAMLET, null)).id()));
        });
        all.put("Persons#correct", () -> {
            String name = "Trần Thị Sửa " + Deployments.unique();
            PersonView person = asAdmin(() -> persons.register(person(name, "0912345678")));
            asAdmin(() -> persons.correct(person.id(), person(name, "0987654321")));
            return List.of(of("Persons.correct", "UPDATE", "Person", person.id())
                    .field("phone", "0912345678", "0987654321"));
        });
        all.put("PersonalDataRequests#reveal", () -> {
            PersonView person = asAdmin(() -> persons.register(person("Vũ Thị Lộ " + Deployments.unique(), "0912345678")));
            asAdmin(() -> personalDataRequests.reveal(person.id(), "đối chiếu hồ sơ"));
            return List.of(of("PersonalDataRequests.reveal", "REVEAL", "Person", person.id()).reason("đối chiếu hồ sơ"));
        });
        all.put("AuditEntries#reveal", () -> {
            PersonView person = asAdmin(() -> persons.register(person("Vũ Thị Nhật " + Deployments.unique(), "0912345678")));
            long created = probe.ofEntity("Person", person.id()).get(0).getId();
            asAdmin(() -> auditEntries.reveal(created, "đối chiếu nhật ký"));
            return List.of(of("AuditEntries.reveal", "REVEAL", "AuditEntry", created).reason("đối chiếu nhật ký"));
        });
        all.put("PersonalDataRequests#subjectAccess", () -> {
            PersonView person = registeredPerson();
            asAdmin(() -> personalDataRequests.subjectAccess(person.id(), "bà yêu cầu bản sao"));
            return List.of(of("PersonalDataRequests.subjectAccess", "SUBJECT_ACCESS", "Person", person.id())
                    .reason("bà yêu cầu bản sao"));
        });
        all.put("PersonalDataRequests#anonymise", () -> {
            String name = "Hà Thị Xóa " + Deployments.unique();
            PersonView person = asAdmin(() -> persons.register(person(name, "0912345678")));
            asAdmin(() -> personalDataRequests.anonymise(person.id(), "hết thời hạn lưu trữ"));
            // The entry says which fields were erased, never what they held.
            return List.of(of("PersonalDataRequests.anonymise", "UPDATE", "Person", person.id()).reason("hết thời hạn lưu trữ")
                    .field("fullName", ERASED, "Ẩn Danh " + person.id()).field("phone", ERASED, null));
        });
        all.put("PersonMerges#merge", () -> {
            PersonView kept = registeredPerson();
            PersonView merged = asAdmin(() -> persons.register(person("Phạm Thị Trùng " + Deployments.unique(), "0912345678")));
            Long branch = unitOf("HPN", HAMLET);
            MembershipView membership = asAdmin(() -> memberships.enrol(
                    new NewMembership(merged.id(), branch, null, null, LocalDate.of(2015, 1, 1), null)));
            asAdmin(() -> personMerges.merge(kept.id(), merged.id(), "hồ sơ nhập trùng"));
            return List.of(of("PersonMerges.merge", "UPDATE", "Membership", membership.id()).reason("hồ sơ nhập trùng")
                            .field("person", merged.id(), kept.id()),
                    of("PersonMerges.merge", "DELETE", "Person", merged.id()).reason("hồ sơ nhập trùng")
                            .field("phone", "0912345678", null),
                    of("PersonMerges.merge", "UPDATE", "Person", kept.id()).field("phone", null, "0912345678"),
                    of("PersonMerges.merge", "MERGE", "Person", kept.id()).reason("hồ sơ nhập trùng"));
        });
        all.put("Memberships#enrol", () -> {
            PersonView person = registeredPerson();
            Long branch = unitOf("HPN", HAMLET);
            MembershipView membership = asAdmin(() -> memberships.enrol(
                    new NewMembership(person.id(), branch, null, "HPN-1", LocalDate.of(2015, 1, 1), null)));
            return List.of(of("Memberships.enrol", "CREATE", "Membership", membership.id())
                            .field("person", null, person.id()).field("unit", null, branch)
                            .field("status", null, "ACTIVE").field("joinedOn", null, "2015-01-01"),
                    of("Memberships.enrol", "CREATE", "MembershipPeriod", null)
                            .field("membership", null, membership.id()).field("status", null, "ACTIVE"));
        });
        all.put("Memberships#changeStatus", () -> {
            MembershipView membership = membership("HPN", HAMLET);
            asAdmin(() -> memberships.changeStatus(membership.id(), new StatusChange(MembershipStatus.AWAY, null,
                    "TP. Hồ Chí Minh", "0911111111", "đi làm ăn xa")));
            return List.of(of("Memberships.changeStatus", "UPDATE", "Membership", membership.id())
                    .field("status", "ACTIVE", "AWAY").field("awayPlace", null, "TP. Hồ Chí Minh")
                    .field("statusSince", "2015-01-01", VietnamTime.today()));
        });
        all.put("MemberRatings#record", () -> {
            MembershipView membership = membership("DTN", HAMLET);
            int year = VietnamTime.today().getYear() - 1;
            MemberRatingView rating = asAdmin(() -> memberRatings.record(membership.personId(), year,
                    new RatingEntry(membership.orgUnitId(), RatingLevel.GOOD, "Tôi đã cố gắng", "Nhiệt tình",
                            RatingLevel.GOOD, null)));
            return List.of(of("MemberRatings.record", "CREATE", "MemberRating", rating.id())
                    .field("person", null, membership.personId()).field("unit", null, membership.orgUnitId())
                    .field("year", null, year).field("selfLevel", null, "GOOD").field("level", null, "GOOD")
                    .field("comment", null, "Nhiệt tình").field("decidedOn", null, VietnamTime.today()));
        });
        all.put("Transfers#issue", () -> {
            MembershipView membership = membership("HPN", HAMLET);
            Long to = unitOf("HPN", OTHER_HAMLET);
            TransferView transfer = asAdmin(() -> transfers.issue(membership.id(), new NewTransfer(to, null, "chuyển nơi ở")));
            return List.of(of("Transfers.issue", "CREATE", "Transfer", transfer.id())
                    .field("membership", null, membership.id()).field("to", null, to)
                    .field("status", null, "PENDING").field("reason", null, "chuyển nơi ở"));
        });
        all.put("Transfers#accept", () -> {
            MembershipView membership = membership("HPN", HAMLET);
            Long to = unitOf("HPN", OTHER_HAMLET);
            TransferView transfer = asAdmin(() -> transfers.issue(membership.id(), new NewTransfer(to, null, null)));
            asAdmin(() -> transfers.accept(transfer.id(), null, "đồng ý"));
            return List.of(of("Transfers.accept", "UPDATE", "Transfer", transfer.id())
                            .field("status", "PENDING", "ACCEPTED").field("decisionNote", null, "đồng ý"),
                    of("Transfers.accept", "UPDATE", "Membership", membership.id())
                            .field("unit", membership.orgUnitId(), to));
        });
        all.put("Transfers#refuse", () -> {
            MembershipView membership = membership("HPN", HAMLET);
            TransferView transfer = asAdmin(() -> transfers.issue(membership.id(),
                    new NewTransfer(unitOf("HPN", OTHER_HAMLET), null, null)));
            asAdmin(() -> transfers.refuse(transfer.id(), null, "không cư trú tại ấp"));
            return List.of(of("Transfers.refuse", "UPDATE", "Transfer", transfer.id())
                    .field("status", "PENDING", "REFUSED").field("decisionNote", null, "không cư trú tại ấp"));
        });
        all.put("MemberImportJobs#writeBatch", () -> {
            String name = "Lê Thị Nhập " + Deployments.unique();
            String nationalId = NationalId.compose("86", Gender.FEMALE, 1985, Serials.next());
            Long branch = unitOf("HPN", HAMLET);
            List<String> cells = List.of(name, "Nữ", "04/03/1985", nationalId, "", HAMLET, "", "", "", "", "",
                    branch.toString(), "01/05/2015", "");
            if (cells.size() != MemberSheet.IMPORT_COLUMNS.size()) {
                throw new IllegalStateException("The import columns changed: " + MemberSheet.IMPORT_COLUMNS);
            }
            asAdmin(() -> importJobs.writeBatch(List.of(new MemberRow(2, cells, Set.of())), new RuleMemo()));
            return List.of(of("MemberImportJobs.writeBatch", "CREATE", "Person", null)
                            .field("fullName", null, name).field("nationalId", null, nationalId),
                    of("MemberImportJobs.writeBatch", "CREATE", "Membership", null)
                            .field("unit", null, branch).field("joinedOn", null, "2015-05-01"));
        });
    }

    private void cadres(Map<String, Scenario> all) {
        all.put("Posts#create", () -> {
            String code = "HND_KT_" + Deployments.unique().toUpperCase();
            asAdmin(() -> posts.create(new NewPostType(code, "Ủy viên kiểm tra", "HND", "CHI_HOI", PostRank.MEMBER,
                    false, 30)));
            Long id = probe.idOf("PostType", "code", code);
            return List.of(of("Posts.create", "CREATE", "PostType", id).field("code", null, code)
                    .field("name", null, "Ủy viên kiểm tra").field("rank", null, "MEMBER").field("termMonths", null, 30));
        });
        all.put("Posts#change", () -> {
            String code = "HND_KT_" + Deployments.unique().toUpperCase();
            asAdmin(() -> posts.create(new NewPostType(code, "Ủy viên kiểm tra", "HND", "CHI_HOI", PostRank.MEMBER,
                    false, 30)));
            asAdmin(() -> posts.change(code, new PostTypeChange("Ủy viên kiểm tra", PostRank.MEMBER, false, 60, true)));
            return List.of(of("Posts.change", "UPDATE", "PostType", probe.idOf("PostType", "code", code))
                    .field("termMonths", 30, 60));
        });
        all.put("PostHoldings#hold", () -> {
            OrgUnitView branch = branchOn(hamlet());
            Long person = registeredPerson().id();
            LocalDate from = LocalDate.of(2024, 3, 1);
            HoldingView holding = asAdmin(() -> postHoldings.hold(new NewHolding(person, branch.id(),
                    "HND_CHI_HOI_TRUONG", from, null, HoldingMode.ELECTED, "NQ Đại hội chi hội 2024")));
            return List.of(of("PostHoldings.hold", "CREATE", "PostHolding", holding.id())
                    .field("person", null, person).field("unit", null, branch.id()).field("from", null, from)
                    .field("mode", null, "ELECTED").field("decision", null, "NQ Đại hội chi hội 2024")
                    .field("termEndsOn", null, LocalDate.of(2026, 8, 31)));
        });
        all.put("PostHoldings#end", () -> {
            OrgUnitView branch = branchOn(hamlet());
            Long person = registeredPerson().id();
            HoldingView holding = asAdmin(() -> postHoldings.hold(new NewHolding(person, branch.id(),
                    "HND_CHI_HOI_PHO", LocalDate.of(2024, 3, 1), null, HoldingMode.APPOINTED, null)));
            LocalDate last = VietnamTime.today().minusDays(1);
            asAdmin(() -> postHoldings.end(holding.id(), new HoldingEnd(last, "chuyển nơi ở")));
            return List.of(of("PostHoldings.end", "UPDATE", "PostHolding", holding.id()).field("to", null, last)
                    .field("endReason", null, "chuyển nơi ở").reason("chuyển nơi ở"));
        });
        all.put("CadreProfiles#describe", () -> {
            Long person = registeredPerson().id();
            asAdmin(() -> cadreProfiles.describe(person, new ProfileChange(ProfessionalLevel.UNIVERSITY, "Luật",
                    PoliticalTheory.INTERMEDIATE, true, "Chi hội trưởng nhiệm kỳ 2027–2032", null)));
            Long profile = probe.idOf("CadreProfile", "person.id", person);
            return List.of(of("CadreProfiles.describe", "CREATE", "CadreProfile", profile).field("person", null, person)
                    .field("professionalLevel", null, "UNIVERSITY").field("professionalField", null, "Luật")
                    .field("politicalTheory", null, "INTERMEDIATE").field("successor", null, true)
                    .field("successorNote", null, "Chi hội trưởng nhiệm kỳ 2027–2032"));
        });
        all.put("Allowances#setRate", () -> {
            String code = "MTTQ_HT_" + Deployments.unique().toUpperCase();
            asAdmin(() -> posts.create(new NewPostType(code, "Ủy viên phụ trách địa bàn", "MTTQ", "BAN_CONG_TAC",
                    PostRank.MEMBER, false, 60)));
            LocalDate from = LocalDate.of(2025, 1, 1);
            RateView rate = asAdmin(() -> allowances.setRate(new NewRate(code, AllowanceKind.SUPPORT,
                    new BigDecimal("0.25"), null, from, "NQ 15/2023/NQ-HĐND")));
            return List.of(of("Allowances.setRate", "CREATE", "PostAllowance", rate.id())
                    .field("post", null, probe.idOf("PostType", "code", code)).field("kind", null, "SUPPORT")
                    .field("coefficient", null, "0.25").field("from", null, from)
                    .field("decision", null, "NQ 15/2023/NQ-HĐND"));
        });
        all.put("Allowances#setBaseSalary", () -> {
            // A day of the 1990s of this run's own, before any month a sheet is made for.
            LocalDate from = LocalDate.of(1990, 1, 1).plusDays(new java.util.Random().nextInt(3650));
            BaseSalaryView salary = asAdmin(() -> allowances.setBaseSalary(from, new BigDecimal("120000"),
                    "Nghị định thử"));
            return List.of(of("Allowances.setBaseSalary", "CREATE", "BaseSalary", salary.id())
                    .field("from", null, from).field("amount", null, "120000").field("decision", null, "Nghị định thử"));
        });
        all.put("CadreProfiles#rate", () -> {
            OrgUnitView branch = branchOn(hamlet());
            Long person = registeredPerson().id();
            int year = VietnamTime.today().getYear();
            asAdmin(() -> postHoldings.hold(new NewHolding(person, branch.id(), "HND_CHI_HOI_PHO",
                    LocalDate.of(year, 1, 1), null, HoldingMode.ELECTED, null)));
            RatingView rating = asAdmin(() -> cadreProfiles.rate(person, year,
                    new NewRating(RatingLevel.GOOD, "Nhiệt tình, sát cơ sở")));
            return List.of(of("CadreProfiles.rate", "CREATE", "CadreRating", rating.id()).field("person", null, person)
                    .field("year", null, year).field("level", null, "GOOD").field("comment", null, "Nhiệt tình, sát cơ sở"));
        });
    }

    private void training(Map<String, Scenario> all) {
        all.put("Courses#create", () -> {
            OrgUnitView branch = branchOn(hamlet());
            LocalDate day = VietnamTime.today();
            CourseView course = asAdmin(() -> courses.create(new NewCourse("Tập huấn chi hội trưởng", "HND", branch.id(),
                    day, day, CourseMode.MIXED, "Nhà văn hóa ấp", "KH 05-KH/HND", List.of("HND_CHI_HOI_TRUONG"),
                    List.of(new NewCourse.Topic("Kỹ năng vận động hội viên", true)), null)));
            return List.of(of("Courses.create", "CREATE", "Course", course.id()).field("title", null, "Tập huấn chi hội trưởng")
                    .field("organiser", null, branch.id()).field("from", null, day).field("mode", null, "MIXED")
                    .field("programme", null, "KH 05-KH/HND"));
        });
        all.put("TrainingPlans#create", () -> {
            OrgUnitView branch = branchOn(hamlet());
            int year = VietnamTime.today().getYear();
            String title = "Kế hoạch bồi dưỡng " + Deployments.unique();
            PlanView plan = asAdmin(() -> trainingPlans.create(new NewPlan(branch.id(), "HND", year, title, "KH 03-KH/HND",
                    2, 40)));
            return List.of(of("TrainingPlans.create", "CREATE", "TrainingPlan", plan.id()).field("organiser", null, branch.id())
                    .field("year", null, year).field("title", null, title).field("decision", null, "KH 03-KH/HND")
                    .field("plannedCourses", null, 2).field("plannedTrainees", null, 40));
        });
        all.put("Enrolments#enrol", () -> {
            CourseView course = courseOn(branchOn(hamlet()));
            Long person = registeredPerson().id();
            EnrolmentView enrolment = asAdmin(() -> enrolments.enrol(course.id(), new NewEnrolment(person, true)));
            return List.of(of("Enrolments.enrol", "CREATE", "Enrolment", enrolment.id()).field("course", null, course.id())
                    .field("person", null, person).field("outsideTarget", null, true));
        });
        all.put("Enrolments#result", () -> {
            CourseView course = courseOn(branchOn(hamlet()));
            Long person = registeredPerson().id();
            EnrolmentView enrolment = asAdmin(() -> enrolments.enrol(course.id(), new NewEnrolment(person, true)));
            asAdmin(() -> enrolments.result(enrolment.id(), new EnrolmentResult(true, new BigDecimal("8.5"), true,
                    "Bài thu hoạch")));
            return List.of(of("Enrolments.result", "UPDATE", "Enrolment", enrolment.id()).field("attended", null, true)
                    .field("score", null, "8.5").field("completed", false, true).field("reflection", null, "Bài thu hoạch"));
        });
        all.put("Enrolments#withdraw", () -> {
            CourseView course = courseOn(branchOn(hamlet()));
            Long person = registeredPerson().id();
            EnrolmentView enrolment = asAdmin(() -> enrolments.enrol(course.id(), new NewEnrolment(person, true)));
            asAdmin(() -> {
                enrolments.withdraw(enrolment.id());
                return null;
            });
            return List.of(of("Enrolments.withdraw", "DELETE", "Enrolment", enrolment.id()).field("person", person, null));
        });
    }

    private void directives(Map<String, Scenario> all) {
        all.put("Directives#register", () -> {
            String symbol = "CT " + Deployments.unique() + "-CT/TU";
            DirectiveView directive = directive(symbol);
            return List.of(of("Directives.register", "CREATE", "Directive", directive.id()).field("symbol", null, symbol)
                    .field("issuer", null, "Tỉnh ủy").field("type", null, "DIRECTIVE")
                    .field("title", null, "Về tăng cường công tác dân vận"));
        });
        all.put("Directives#correct", () -> {
            DirectiveView directive = directive(Deployments.unique() + "-CT/TU");
            asAdmin(() -> directives.correct(directive.id(), new NewDirective(directive.symbol(), "Ban Thường vụ Tỉnh ủy",
                    DirectiveType.DIRECTIVE, null, directive.issuedOn(), null, directive.title(), null), directive.version()));
            return List.of(of("Directives.correct", "UPDATE", "Directive", directive.id())
                    .field("issuer", "Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"));
        });
        all.put("Directives#attach", () -> {
            DirectiveView directive = directive(Deployments.unique() + "-CT/TU");
            byte[] pdf = "%PDF-1.4\n% Chỉ thị\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            AttachmentView file = asAdmin(() -> directives.attach(directive.id(), "chi-thi.pdf", pdf));
            return List.of(of("Directives.attach", "CREATE", "DirectiveAttachment", file.id())
                    .field("fileName", null, "chi-thi.pdf").field("mediaType", null, "application/pdf")
                    .field("sha256", null, file.sha256()));
        });
        all.put("Summaries#write", () -> {
            SummaryView summary = summaryOf(directive(Deployments.unique() + "-CT/TU"));
            return List.of(of("Summaries.write", "CREATE", "DirectiveSummary", summary.id()).field("versionNo", null, 1)
                    .field("state", null, "DRAFT").field("text", null, "Điểm chính: giữ gìn vệ sinh môi trường"));
        });
        all.put("Summaries#revise", () -> {
            SummaryView summary = summaryOf(directive(Deployments.unique() + "-CT/TU"));
            asAdmin(() -> summaries.revise(summary.id(), new NewSummary("Điểm chính: trồng cây xanh", null, null,
                    summary.hash())));
            return List.of(of("Summaries.revise", "UPDATE", "DirectiveSummary", summary.id())
                    .field("text", "Điểm chính: giữ gìn vệ sinh môi trường", "Điểm chính: trồng cây xanh"));
        });
        all.put("Summaries#submit", () -> {
            SummaryView summary = summaryOf(directive(Deployments.unique() + "-CT/TU"));
            asAdmin(() -> summaries.submit(summary.id()));
            return List.of(of("Summaries.submit", "UPDATE", "DirectiveSummary", summary.id())
                    .field("state", "DRAFT", "REVIEW"));
        });
        all.put("Summaries#approve", () -> {
            SummaryView summary = summaryOf(directive(Deployments.unique() + "-CT/TU"));
            asAdmin(() -> summaries.submit(summary.id()));
            asAdmin(() -> summaries.approve(summary.id()));
            return List.of(of("Summaries.approve", "UPDATE", "DirectiveSummary", summary.id())
                    .field("state", "REVIEW", "APPROVED").field("approvedBy", null, Deployments.ADMIN));
        });
    }

    private void campaigns(Map<String, Scenario> all) {
        all.put("Campaigns#issue", () -> {
            AdminUnitView hamlet = hamlet();
            branchOn(hamlet);
            SummaryView summary = approvedSummary();
            CampaignView campaign = campaignOn(hamlet, summary);
            return List.of(of("Campaigns.issue", "CREATE", "Campaign", campaign.id()).field("deadline", null, tomorrow())
                    .field("reportDue", null, tomorrow().plusDays(7)).field("form", null, "CONFERENCE").field("targets", null, 1).field("summary", null, summary.id()));
        });
        all.put("Campaigns#acknowledge", () -> {
            AdminUnitView hamlet = hamlet();
            OrgUnitView branch = branchOn(hamlet);
            SummaryView summary = approvedSummary();
            CampaignView campaign = campaignOn(hamlet, summary);
            asAdmin(() -> campaigns.acknowledge(campaign.id(), branch.id(), summary.id()));
            return List.of(of("Campaigns.acknowledge", "UPDATE", "CampaignTarget",
                    probe.idOf("CampaignTarget", "unit.id", branch.id())).field("acknowledged", null, summary.id())
                    .field("acknowledgedBy", null, Deployments.ADMIN));
        });
        all.put("CampaignReports#submit", () -> {
            LocalDate today = VietnamTime.today();
            String above = asAdmin(() -> adminUnits.find(COMMUNE, today)).parentCode();
            SummaryView summary = approvedSummary();
            CampaignView campaign = asAdmin(() -> campaigns.issue(new NewCampaign(summary.directiveId(), summary.id(),
                    above, List.of("HND"), tomorrow(), null, CampaignForm.CONFERENCE)));
            asAdmin(() -> campaignReports.submit(campaign.id(), new NewReport(COMMUNE, "Các chi hội đã tổ chức đủ")));
            return List.of(of("CampaignReports.submit", "CREATE", "CampaignReport",
                    probe.idOf("CampaignReport", "campaign.id", campaign.id())).field("submittedOn", null, today)
                    .field("submittedBy", null, Deployments.ADMIN).field("note", null, "Các chi hội đã tổ chức đủ"));
        });
        all.put("CampaignReminders#run", () -> {
            AdminUnitView hamlet = hamlet();
            branchOn(hamlet);
            campaignOn(hamlet, approvedSummary()); // due tomorrow, no session: its branch is reminded
            asAdmin(() -> campaignReminders.run());
            return List.of(of("CampaignReminders.run", "REMIND", "CampaignReminder", null));
        });
        all.put("MeetingRules#change", () -> {
            // The Red Cross branches' rule: no other test reads it.
            MeetingRuleView rule = asAdmin(() -> meetingRules.of("CTD")).get(0);
            Integer day = rule.fixedDay() == null ? 15 : rule.fixedDay() % 28 + 1;
            asAdmin(() -> meetingRules.change(rule.id(), new RuleChange(rule.cadence(), day, rule.minAttendance(), null)));
            return List.of(of("MeetingRules.change", "UPDATE", "MeetingRule", rule.id())
                    .field("fixedDay", rule.fixedDay(), day));
        });
        all.put("Meetings#record", () -> {
            OrgUnitView branch = branchOn(hamlet());
            LocalDate today = VietnamTime.today();
            MeetingView meeting = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, today,
                    today, "Nhà văn hoá ấp", "Bà Chi Hội Trưởng", null, null, List.of("Sơ kết quý"))));
            return List.of(of("Meetings.record", "CREATE", "Meeting", meeting.id()).field("type", null, "REGULAR")
                    .field("heldOn", null, today).field("venue", null, "Nhà văn hoá ấp")
                    .field("agenda", null, "[Sơ kết quý]"));
        });
        all.put("Meetings#callRoll", () -> {
            OrgUnitView branch = branchOn(hamlet());
            Long person = registeredPerson().id();
            asAdmin(() -> memberships.enrol(new NewMembership(person, branch.id(), null, null, LocalDate.of(2015, 1, 1),
                    null)));
            LocalDate today = VietnamTime.today();
            MeetingView meeting = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.THEMATIC, null,
                    today, null, null, null, null, List.of())));
            asAdmin(() -> meetings.callRoll(meeting.id(), List.of(new RollLine(person, AttendanceState.PRESENT))));
            return List.of(of("Meetings.callRoll", "UPDATE", "Meeting", meeting.id())
                    .field("roll", "[]", "[" + person + "=PRESENT]"));
        });
        all.put("Meetings#holdSession", () -> {
            AdminUnitView hamlet = hamlet();
            OrgUnitView branch = branchOn(hamlet);
            CampaignView campaign = campaignOn(hamlet, approvedSummary());
            LocalDate today = VietnamTime.today();
            SessionView session = asAdmin(() -> campaignSessions.record(campaign.id(), new NewSession(branch.id(), today,
                    "Bà Báo Cáo Viên", List.of(), 0, null, List.of())));
            MeetingView meeting = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, null,
                    today, null, null, null, null, List.of())));
            asAdmin(() -> meetings.holdSession(meeting.id(), session.id()));
            return List.of(of("Meetings.holdSession", "UPDATE", "Meeting", meeting.id())
                    .field("campaignSessionIds", "[]", "[" + session.id() + "]"));
        });
        all.put("MeetingMinutes#write", () -> {
            OrgUnitView branch = branchOn(hamlet());
            MeetingView meeting = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, null,
                    VietnamTime.today(), null, null, null, null, List.of())));
            asAdmin(() -> meetingMinutes.write(meeting.id(), new NewMinutes("Bàn về vệ sinh môi trường",
                    List.of(new NewMinutes.Decision("Tổng vệ sinh ấp", null, null, null)), List.of(), 150_000L)));
            return List.of(of("MeetingMinutes.write", "UPDATE", "Meeting", meeting.id())
                    .field("discussion", null, "Bàn về vệ sinh môi trường").field("duesCollected", null, 150_000)
                    .field("conclusions", "[]", "[Tổng vệ sinh ấp]"));
        });
        all.put("MeetingMinutes#adopt", () -> {
            OrgUnitView branch = branchOn(hamlet());
            MeetingView meeting = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, null,
                    VietnamTime.today(), null, null, null, null, List.of())));
            asAdmin(() -> meetings.callRoll(meeting.id(), List.of()));
            asAdmin(() -> meetingMinutes.adopt(meeting.id()));
            return List.of(of("MeetingMinutes.adopt", "UPDATE", "Meeting", meeting.id())
                    .field("adoptedBy", null, Deployments.ADMIN));
        });
        all.put("MeetingMinutes#followUp", () -> {
            OrgUnitView branch = branchOn(hamlet());
            LocalDate today = VietnamTime.today();
            MeetingView first = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, null,
                    today, null, null, null, null, List.of())));
            asAdmin(() -> meetingMinutes.write(first.id(), new NewMinutes(null, List.of(),
                    List.of(new NewMinutes.Task("Dọn vệ sinh đường ấp", null, null)), null)));
            asAdmin(() -> meetings.callRoll(first.id(), List.of()));
            asAdmin(() -> meetingMinutes.adopt(first.id()));
            MeetingView next = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, null,
                    today, null, null, null, null, List.of())));
            asAdmin(() -> meetingMinutes.followUp(next.id(), List.of(new FollowUpLine(first.id(), 0, true, null))));
            return List.of(of("MeetingMinutes.followUp", "UPDATE", "Meeting", next.id())
                    .field("followUps", "[]", "[" + first.id() + "#0=done]"));
        });
        all.put("Classifications#record", () -> {
            OrgUnitView branch = branchOn(hamlet());
            int year = VietnamTime.today().getYear();
            asAdmin(() -> classifications.record(new NewGrading(branch.id(), year, ClassificationStep.SELF, BranchGrade.GOOD,
                    "Chi hội tự nhận khá")));
            return List.of(of("Classifications.record", "CREATE", "BranchClassification", null).field("year", null, year)
                    .field("unit", null, branch.id()));
        });
        all.put("ClassificationRules#change", () -> {
            // The Red Cross's criteria: no other test reads them. A version first, then a change of it.
            CriteriaView.Thresholds strong = new CriteriaView.Thresholds(new BigDecimal("0.85"), BigDecimal.ONE, null);
            CriteriaView.Thresholds good = new CriteriaView.Thresholds(new BigDecimal("0.7"), new BigDecimal("0.75"), null);
            CriteriaView.Thresholds average = new CriteriaView.Thresholds(new BigDecimal("0.5"), new BigDecimal("0.5"), null);
            asAdmin(() -> classificationRules.change("CTD", new CriteriaChange(10_000L, strong, good, average)));
            CriteriaView changed = asAdmin(() -> classificationRules.change("CTD",
                    new CriteriaChange(12_000L, strong, good, average)));
            return List.of(of("ClassificationRules.change", "UPDATE", "ClassificationCriteria", changed.id())
                    .field("duesPerMember", 10_000, 12_000));
        });
        all.put("Supervisions#assign", () -> {
            OrgUnitView branch = branchOn(hamlet());
            Long cadre = communeCadre();
            int year = VietnamTime.today().getYear();
            SupervisionView assigned = asAdmin(() -> supervisions.assign(new NewSupervision(cadre, branch.id(), year, null)));
            return List.of(of("Supervisions.assign", "CREATE", "Supervision", assigned.id())
                    .field("person", null, cadre).field("unit", null, branch.id()).field("year", null, year)
                    .field("required", null, 6));
        });
        all.put("Supervisions#attend", () -> {
            OrgUnitView branch = branchOn(hamlet());
            Long cadre = communeCadre();
            LocalDate today = VietnamTime.today();
            asAdmin(() -> supervisions.assign(new NewSupervision(cadre, branch.id(), today.getYear(), 2)));
            MeetingView meeting = asAdmin(() -> meetings.record(new NewMeeting(branch.id(), MeetingType.REGULAR, null,
                    today, null, null, null, null, List.of())));
            asAdmin(() -> supervisions.attend(meeting.id(), List.of(new SupervisorLine(cadre, "Chi hội sinh hoạt tốt"))));
            return List.of(of("Supervisions.attend", "UPDATE", "Meeting", meeting.id())
                    .field("supervisors", "[]", "[" + cadre + ": Chi hội sinh hoạt tốt]"));
        });
        all.put("CampaignSessions#record", () -> {
            AdminUnitView hamlet = hamlet();
            OrgUnitView branch = branchOn(hamlet);
            Long person = registeredPerson().id();
            asAdmin(() -> memberships.enrol(new NewMembership(person, branch.id(), null, null, LocalDate.of(2015, 1, 1),
                    null)));
            CampaignView campaign = campaignOn(hamlet, approvedSummary());
            LocalDate today = VietnamTime.today();
            SessionView session = asAdmin(() -> campaignSessions.record(campaign.id(), new NewSession(branch.id(), today,
                    "Bà Báo Cáo Viên", List.of(person), 2, null, List.of(new NewSession.Topic("Môi trường", "Thêm thùng rác")))));
            return List.of(of("CampaignSessions.record", "CREATE", "CampaignSession", session.id())
                    .field("heldOn", null, today).field("presenter", null, "Bà Báo Cáo Viên").field("othersPresent", null, 2));
        });
    }

    /** A person holding a seat on the women's committee of the commune since 2024: a cadre who supervises. */
    private Long communeCadre() {
        Long person = registeredPerson().id();
        Long chapter = unitOf("HPN", COMMUNE);
        asAdmin(() -> postHoldings.hold(new NewHolding(person, chapter, "HPN_UY_VIEN_XA", LocalDate.of(2024, 1, 1), null,
                HoldingMode.ELECTED, null)));
        return person;
    }

    private SummaryView approvedSummary() {
        SummaryView summary = summaryOf(directive(Deployments.unique() + "-CT/TU"));
        asAdmin(() -> summaries.submit(summary.id()));
        return asAdmin(() -> summaries.approve(summary.id()));
    }

    private CampaignView campaignOn(AdminUnitView hamlet, SummaryView summary) {
        return asAdmin(() -> campaigns.issue(new NewCampaign(summary.directiveId(), summary.id(), hamlet.code(),
                List.of("HND"), tomorrow(), null, CampaignForm.CONFERENCE)));
    }

    private DirectiveView directive(String symbol) {
        return asAdmin(() -> directives.register(new NewDirective(symbol, "Tỉnh ủy", DirectiveType.DIRECTIVE, null,
                VietnamTime.today(), "2025-2030", "Về tăng cường công tác dân vận", null)));
    }

    private SummaryView summaryOf(DirectiveView directive) {
        return asAdmin(() -> summaries.write(directive.id(), new NewSummary("Điểm chính: giữ gìn vệ sinh môi trường",
                null, null, null)));
    }

    private CourseView courseOn(OrgUnitView branch) {
        LocalDate day = VietnamTime.today();
        return asAdmin(() -> courses.create(new NewCourse("Tập huấn " + Deployments.unique(), "HND", branch.id(), day,
                day, CourseMode.IN_PERSON, null, null, List.of(), List.of(), null)));
    }

    private void security(Map<String, Scenario> all) {
        all.put("Users#createFirstAdminIfNone", () -> {
            Optional<String> generated = MutationContext.asSystem(() -> users.createFirstAdminIfNone("Khong@Dung2026"));
            if (generated.isPresent()) {
                throw new AssertionError("A second administrator was created");
            }
            return List.of(of("Users.createFirstAdminIfNone", "CREATE", "UserAccount", probe.userId("admin"))
                    .by(Caller.SYSTEM_NAME).earlier().field("username", null, "admin")
                    .hiddenChange("passwordHash", true));
        });
        all.put("Users#create", () -> {
            String username = "kiemtoan." + Deployments.unique();
            asAdmin(() -> users.create(newUser(username)));
            return List.of(of("Users.create", "CREATE", "UserAccount", probe.userId(username))
                    .field("username", null, username).field("roles", null, "[STAFF]")
                    .field("enabled", null, true).hiddenChange("passwordHash", true));
        });
        all.put("Users#update", () -> {
            String username = user();
            asAdmin(() -> users.update(username, new UserChange("Cán Bộ Đổi Tên", "doi.ten@hiepmy.gov.vn", Set.of(Role.VIEWER), COMMUNE, null)));
            return List.of(of("Users.update", "UPDATE", "UserAccount", probe.userId(username))
                    .field("displayName", "Cán Bộ Kiểm Toán", "Cán Bộ Đổi Tên").field("roles", "[STAFF]", "[VIEWER]")
                    .field("scopeUnitId", null, asAdmin(() -> adminUnits.find(COMMUNE, null)).id()));
        });
        all.put("Users#resetPassword", () -> {
            String username = user();
            asAdmin(() -> {
                users.resetPassword(username, "Dat@Lai2026x".toCharArray());
                return null;
            });
            return List.of(of("Users.resetPassword", "UPDATE", "UserAccount", probe.userId(username))
                    .hiddenChange("passwordHash", false).field("mustChangePassword", false, true));
        });
        all.put("Users#lock", () -> {
            String username = user();
            asAdmin(() -> users.lock(username));
            return List.of(of("Users.lock", "UPDATE", "UserAccount", probe.userId(username))
                    .field("enabled", true, false));
        });
        all.put("Users#unlock", () -> {
            String username = user();
            asAdmin(() -> users.lock(username));
            asAdmin(() -> users.unlock(username));
            return List.of(of("Users.unlock", "UPDATE", "UserAccount", probe.userId(username))
                    .field("enabled", false, true));
        });
        all.put("Users#changeOwnLocale", () -> {
            String username = user();
            as(username, () -> {
                users.changeOwnLocale("en");
                return null;
            });
            return List.of(of("Users.changeOwnLocale", "UPDATE", "UserAccount", probe.userId(username)).by(username)
                    .field("locale", "vi", "en"));
        });
        all.put("Users#changeOwnPassword", () -> {
            String username = user();
            as(username, () -> {
                users.changeOwnPassword(PASSWORD.toCharArray(), "Moi@Doi2026x".toCharArray());
                return null;
            });
            return List.of(of("Users.changeOwnPassword", "UPDATE", "UserAccount", probe.userId(username)).by(username)
                    .hiddenChange("passwordHash", false));
        });
        // Called as the system at a directory user's first login.
        all.put("ApiTokens#create", () -> {
            String name = "Máy báo cáo " + Deployments.unique();
            TokenView token = asAdmin(() -> apiTokens.create(null, name, tomorrow()));
            return List.of(of("ApiTokens.create", "CREATE", "ApiToken", token.id()).field("name", null, name)
                    .hiddenChange("tokenHash", true)
                    .field("expiresOn", null, tomorrow()));
        });
        all.put("ApiTokens#revoke", () -> {
            TokenView token = asAdmin(() -> apiTokens.create(null, "Thu hồi " + Deployments.unique(), tomorrow()));
            asAdmin(() -> apiTokens.revoke(null, token.id()));
            return List.of(of("ApiTokens.revoke", "UPDATE", "ApiToken", token.id()));
        });
        all.put("DirectoryAccounts#synchronise", () -> {
            String username = "thumuc." + Deployments.unique();
            Long id = MutationContext.asSystem(() -> directoryAccounts.synchronise(
                    new DirectoryUser(username, "Người Thư Mục", null, Set.of(Role.VIEWER)))).getId();
            return List.of(of("DirectoryAccounts.synchronise", "CREATE", "UserAccount", id).by(Caller.SYSTEM_NAME)
                    .field("username", null, username).field("directory", null, true)
                    .field("roles", null, "[VIEWER]"));
        });
    }

    // ------------------------------------------------------------------ the data scenarios prepare

    private <T> T asAdmin(Supplier<T> command) {
        return as(Deployments.ADMIN, command);
    }

    private <T> T as(String username, Supplier<T> command) {
        return MutationContext.onBehalfOf(probe.caller(username), command);
    }

    private static LocalDate tomorrow() {
        return VietnamTime.today().plusDays(1);
    }

    private AdminUnitView hamlet() {
        return asAdmin(() -> adminUnits.addHamlet(
                new NewHamlet(COMMUNE, "Ấp Kiểm Toán " + Deployments.unique(), AdminUnitType.AP, null, null)));
    }

    private Long unitOf(String organisation, String adminUnit) {
        return asAdmin(() -> orgUnits.search(organisation, adminUnit, null, false, new PageRequest(0, 1)))
                .items().get(0).id();
    }

    private OrgUnitView branchOn(AdminUnitView hamlet) {
        Long chapter = unitOf("HND", COMMUNE);
        return asAdmin(() -> orgUnits.create(
                new NewOrgUnit("HND", "CHI_HOI", chapter, hamlet.code(), "Chi hội " + hamlet.name(), null)));
    }

    private static NewPerson person(String name, String phone) {
        return new NewPerson(name, Gender.FEMALE, LocalDate.of(1980, 2, 2), null, phone, null, null, null, null,
                HAMLET, null);
    }

    private PersonView registeredPerson() {
        return asAdmin(() -> persons.register(person("Phạm Thị Hội " + Deployments.unique(), null)));
    }

    private MembershipView membership(String organisation, String hamlet) {
        Long person = registeredPerson().id();
        return asAdmin(() -> memberships.enrol(new NewMembership(person, unitOf(organisation, hamlet), null, null,
                LocalDate.of(2015, 1, 1), null)));
    }

    private static NewUser newUser(String username) {
        return new NewUser(username, "Cán Bộ Kiểm Toán", null, PASSWORD, Set.of(Role.STAFF), null, null, false);
    }

    /** A user who signs in with {@link #PASSWORD} and need not change it. */
    private String user() {
        String username = "kiemtoan." + Deployments.unique();
        asAdmin(() -> users.create(newUser(username)));
        return username;
    }
}
