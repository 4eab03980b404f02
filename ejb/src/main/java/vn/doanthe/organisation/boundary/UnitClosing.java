package vn.doanthe.organisation.boundary;

/**
 * Fired inside the command that closes an organisation unit (giải thể), after the unit's row was
 * locked: a feature that keeps people or work in units refuses the closing by throwing a
 * {@link vn.doanthe.platform.boundary.DomainException} from its observer.
 */
public record UnitClosing(Long unitId, String unitName) {
}
