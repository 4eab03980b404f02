package vn.doanthe.platform.person;

import java.time.LocalDate;

/**
 * A person's birth date changed (a correction, or an anonymisation keeping only the year), inside
 * the command that changed it: a feature that keeps a copy of it for its reports brings the copy
 * in step.
 */
public record BirthDateCorrected(long personId, LocalDate birthDate) {
}
