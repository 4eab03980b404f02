package vn.doanthe.member.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A member on a Youth Union branch's rating roll for a year.
 *
 * @param current       whether the member still belongs to the branch at the year's end (or today)
 * @param eligible      whether the member had belonged six months without a break by then; only
 *                      then, and only in the current branch, is a level decided
 * @param own           what this branch recorded; null until it records something
 * @param earlier       what other branches recorded this year (the previous branch's comment)
 */
public record BranchMember(Long personId, String fullName, LocalDate birthDate, boolean current,
                           LocalDate inUnionSince, LocalDate inBranchSince, boolean eligible, MemberRatingView own,
                           List<MemberRatingView> earlier) implements Serializable {
}
