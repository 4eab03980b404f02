package vn.doanthe.cadre.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;
import vn.doanthe.cadre.boundary.AllowanceSheet;
import vn.doanthe.cadre.boundary.AllowanceSheets;
import vn.doanthe.cadre.boundary.Allowances;
import vn.doanthe.cadre.boundary.BaseSalaryView;
import vn.doanthe.cadre.boundary.NewRate;
import vn.doanthe.cadre.boundary.PostTypeView;
import vn.doanthe.cadre.boundary.Posts;
import vn.doanthe.cadre.boundary.RateView;
import vn.doanthe.cadre.entity.AllowanceKind;
import vn.doanthe.platform.control.VietnamTime;
import vn.doanthe.platform.web.ChosenLanguage;
import vn.doanthe.platform.web.Feedback;
import vn.doanthe.territory.boundary.AdminUnits;
import vn.doanthe.territory.web.PlacePicker;

/**
 * The allowances page: a commune's monthly sheet (shown, then downloaded for payment), the rates
 * of the province by post, and the base salary; an administrator of the province sets a new rate.
 */
@Named
@ViewScoped
public class AllowancesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Allowances allowances;

    @Inject
    AllowanceSheets sheets;

    @Inject
    Posts posts;

    @Inject
    AdminUnits adminUnits;

    private final PlacePicker place = new PlacePicker();
    private LocalDate month;
    private AllowanceSheet sheet;
    private List<RateView> rates;
    private String post;
    private AllowanceKind kind;
    private BigDecimal coefficient;
    private BigDecimal amount;
    private LocalDate from;
    private String decision;

    @PostConstruct
    void init() {
        month = VietnamTime.today().withDayOfMonth(1);
        rates = allowances.rates();
    }

    public void show() {
        Feedback.attempt("sheetForm", () -> sheet = sheets.sheet(place.code(), chosenMonth()));
    }

    public void download() {
        Locale locale = ChosenLanguage.current();
        Feedback.attempt("sheetForm", () -> {
            AllowanceSheet file = sheets.export(place.code(), chosenMonth());
            Faces.sendFile(AllowanceSheetXlsx.fileName(file), true, out -> AllowanceSheetXlsx.write(file, locale, out));
        });
    }

    public void prepareRate() {
        post = null;
        kind = AllowanceKind.SUPPORT;
        coefficient = null;
        amount = null;
        from = null;
        decision = null;
    }

    public void saveRate() {
        NewRate rate = new NewRate(post, kind, coefficient, amount, from, decision);
        if (Feedback.attempt("rateForm", () -> allowances.setRate(rate))) {
            Feedback.info("cadre.allowance.saved");
            rates = allowances.rates();
        }
    }

    private YearMonth chosenMonth() {
        return month == null ? null : YearMonth.from(month);
    }

    public List<String> completePlace(String text) {
        return place.complete(adminUnits, text);
    }

    public List<PostTypeView> getPosts() {
        return posts.list(null);
    }

    public List<BaseSalaryView> getBaseSalaries() {
        return allowances.baseSalaries();
    }

    public AllowanceKind[] getKinds() {
        return AllowanceKind.values();
    }

    public PlacePicker getPlace() {
        return place;
    }

    public LocalDate getMonth() {
        return month;
    }

    public void setMonth(LocalDate month) {
        this.month = month;
    }

    public AllowanceSheet getSheet() {
        return sheet;
    }

    /** The sheet's month as Vietnamese write it: 11/2026. */
    public String getSheetMonth() {
        YearMonth shown = YearMonth.parse(sheet.month());
        return String.format("%02d/%d", shown.getMonthValue(), shown.getYear());
    }

    public List<RateView> getRates() {
        return rates;
    }

    public String getPost() {
        return post;
    }

    public void setPost(String post) {
        this.post = post;
    }

    public AllowanceKind getKind() {
        return kind;
    }

    public void setKind(AllowanceKind kind) {
        this.kind = kind;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(BigDecimal coefficient) {
        this.coefficient = coefficient;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }
}
