package vn.doanthe.directive.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.doanthe.directive.boundary.CampaignCompletion;
import vn.doanthe.directive.boundary.CampaignProgress;
import vn.doanthe.directive.boundary.CampaignReports;
import vn.doanthe.directive.boundary.CampaignSessions;
import vn.doanthe.directive.boundary.CampaignView;
import vn.doanthe.directive.boundary.Campaigns;
import vn.doanthe.directive.boundary.NewReport;
import vn.doanthe.directive.boundary.NewSession;
import vn.doanthe.directive.boundary.OpinionDigest;
import vn.doanthe.directive.boundary.ReportsView;
import vn.doanthe.directive.boundary.Summaries;
import vn.doanthe.directive.boundary.SummaryView;
import vn.doanthe.directive.boundary.TargetView;
import vn.doanthe.directive.entity.SummaryState;
import vn.doanthe.member.boundary.BranchFigures;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.platform.web.Texts;

/**
 * A campaign's page (Đợt tuyên truyền): how far it has come under a unit and each unit below it,
 * coloured by state and opened a level down by a click; the branches in the caller's scope, each
 * acknowledging the version it will present and recording its sessions (members ticked from the
 * branch's roll, opinions one a line as "topic: words").
 */
@Named
@ViewScoped
public class CampaignPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    CampaignSessions sessions;

    @Inject
    Summaries summaries;

    @Inject
    CampaignReports campaignReports;

    @Inject
    BranchFigures rolls;

    private Long id;
    private String unit;
    private CampaignView campaign;
    private CampaignProgress progress;
    private List<TargetView> targets = List.of();
    private CampaignCompletion completion;
    private OpinionDigest digest;
    private ReportsView reports;
    private String reportNote;

    private TargetView chosen;
    private Long acknowledgedId;
    private LocalDate heldOn;
    private String presenter;
    private List<Long> attendees = new ArrayList<>();
    private Integer othersPresent;
    private String questions;
    private String opinions;
    private List<BranchFigures.OnRoll> roll = List.of();

    public void load() {
        if (Feedback.attempt(null, () -> campaign = campaigns.find(id))) {
            refresh();
        }
    }

    private void refresh() {
        Feedback.attempt(null, () -> {
            progress = campaigns.progress(id, unit);
            targets = campaigns.targets(id, progress.unit());
            reports = campaignReports.reports(id, progress.unit());
            digest = null;
            if (completion != null) {
                completion = campaigns.completion(id, progress.unit());
            }
        });
    }

    /** Shows every level below the unit at once (the tree), or again only the units directly below. */
    public void toggleTree() {
        if (completion != null) {
            completion = null;
            return;
        }
        Feedback.attempt(null, () -> completion = campaigns.completion(id, progress.unit()));
    }

    /** The completion of every level as the Excel table a level sends up, in the user's language. */
    public StreamedContent getCompletionFile() {
        CampaignCompletion whole = campaigns.completion(id, progress.unit());
        return download(CampaignCompletionXlsx.bytes(whole, Faces.getLocale()), CampaignCompletionXlsx.fileName(whole),
                CampaignCompletionXlsx.MEDIA_TYPE);
    }

    /** The members' opinions under the unit shown, by topic. */
    public OpinionDigest getDigest() {
        if (digest == null && progress != null) {
            Feedback.attempt(null, () -> digest = campaigns.opinions(id, progress.unit()));
        }
        return digest;
    }

    public StreamedContent getOpinionsSheet() {
        OpinionDigest digest = campaigns.opinions(id, progress.unit());
        return download(OpinionReport.xlsx(digest, Faces.getLocale()), OpinionReport.fileName(digest, "xlsx"),
                OpinionReport.XLSX);
    }

    public StreamedContent getOpinionsPrint() {
        OpinionDigest digest = campaigns.opinions(id, progress.unit());
        return download(OpinionReport.pdf(digest, Faces.getLocale()), OpinionReport.fileName(digest, "pdf"),
                OpinionReport.PDF);
    }

    private static StreamedContent download(byte[] bytes, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Sends the shown level's consolidated report up, with the note typed; kept as typed when refused. */
    public void sendReport() {
        String unitShown = progress.unit();
        if (Feedback.attempt("reportsForm", () -> campaignReports.submit(id, new NewReport(unitShown, reportNote)))) {
            refresh();
            reportNote = null;
            Feedback.info("campaign.report.sentNote", progress.name());
        }
    }

    public ReportsView getReports() {
        return reports;
    }

    public String getReportNote() {
        return reportNote;
    }

    public void setReportNote(String reportNote) {
        this.reportNote = reportNote;
    }

    public CampaignCompletion getCompletion() {
        return completion;
    }

    /** "done" when every target held its session, "late" when some are overdue, "going" otherwise. */
    public String state(long targets, long sessionsHeld, long overdue) {
        return overdue > 0 ? "late" : targets > 0 && sessionsHeld == targets ? "done" : "going";
    }

    /** The approved versions a branch may acknowledge: the document's, read at the caller's levels. */
    public List<SummaryView> getVersions() {
        return summaries.of(campaign.directiveId()).stream().filter(s -> s.state() == SummaryState.APPROVED).toList();
    }

    public void prepareAcknowledgement(TargetView target) {
        chosen = target;
        acknowledgedId = campaign.summaryId();
    }

    public void acknowledge() {
        if (Feedback.attempt("acknowledgeForm", () -> campaigns.acknowledge(id, chosen.orgUnitId(), acknowledgedId))) {
            refresh();
            Feedback.info("campaign.acknowledgedNote", chosen.name());
        }
    }

    public void prepareSession(TargetView target) {
        chosen = target;
        heldOn = VietnamTime.today();
        presenter = null;
        attendees = new ArrayList<>();
        othersPresent = null;
        questions = null;
        opinions = null;
        roll = rolls.roll(target.orgUnitId(), heldOn);
    }

    public void record() {
        NewSession request = new NewSession(chosen.orgUnitId(), heldOn, presenter, attendees, othersPresent, questions,
                opinionsTyped());
        if (Feedback.attempt("sessionForm", () -> sessions.record(id, request))) {
            refresh();
            Feedback.info("campaign.sessionRecorded", chosen.name());
        }
    }

    /** One opinion a line, its topic before the first colon ("Môi trường: thêm thùng rác"); a line without one is "other". */
    private List<NewSession.Topic> opinionsTyped() {
        if (opinions == null || opinions.isBlank()) {
            return List.of();
        }
        return opinions.lines().filter(line -> !line.isBlank()).map(line -> {
            int colon = line.indexOf(':');
            return colon > 0 ? new NewSession.Topic(line.substring(0, colon), line.substring(colon + 1))
                    : new NewSession.Topic(Texts.get("campaign.opinion.otherTopic"), line);
        }).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public CampaignProgress getProgress() {
        return progress;
    }

    public List<TargetView> getTargets() {
        return targets;
    }

    public TargetView getChosen() {
        return chosen;
    }

    public List<BranchFigures.OnRoll> getRoll() {
        return roll;
    }

    public Long getAcknowledgedId() {
        return acknowledgedId;
    }

    public void setAcknowledgedId(Long acknowledgedId) {
        this.acknowledgedId = acknowledgedId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPresenter() {
        return presenter;
    }

    public void setPresenter(String presenter) {
        this.presenter = presenter;
    }

    public List<Long> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<Long> attendees) {
        this.attendees = attendees;
    }

    public Integer getOthersPresent() {
        return othersPresent;
    }

    public void setOthersPresent(Integer othersPresent) {
        this.othersPresent = othersPresent;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public String getOpinions() {
        return opinions;
    }

    public void setOpinions(String opinions) {
        this.opinions = opinions;
    }
}
