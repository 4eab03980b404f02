package vn.doanthe.organisation.boundary;

import java.io.Serializable;
import vn.doanthe.organisation.entity.Organisation;

/** An organisation of the catalogue. */
public record OrganisationView(Long id, String code, String name, String shortName, String memberTitle,
                               boolean umbrella, int meetingIntervalMonths) implements Serializable {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.getId(), o.getCode(), o.getName(), o.getShortName(), o.getMemberTitle(),
                o.isUmbrella(), o.getMeetingIntervalMonths());
    }
}
