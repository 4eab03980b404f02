package vn.doanthe.member.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.doanthe.member.entity.Gender;

/** A person's details as a form or the API gives them, for a new person or a correction. */
public record NewPerson(
        @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}") String fullName,
        @NotNull(message = "{validation.required}") Gender gender,
        @NotNull(message = "{validation.required}") LocalDate birthDate,
        @Pattern(regexp = "\\d{12}|\\d{4}•{4}\\d{4}", message = "{member.error.nationalIdFormat}") String nationalId,
        @Pattern(regexp = "(0|\\+84)\\d{9,10}|\\+?\\d{3,4}•+\\d{3,4}", message = "{member.error.phoneFormat}") String phone,
        @Pattern(regexp = "\\d{2}|••", message = "{validation.invalid}") String ethnicityCode,
        @Pattern(regexp = "\\d{2}|••", message = "{validation.invalid}") String religionCode,
        @Size(max = 60, message = "{validation.size}") String education,
        @Size(max = 100, message = "{validation.size}") String occupation,
        @NotBlank(message = "{validation.required}") String hamletCode,
        @Size(max = 300, message = "{validation.size}") String address) {
}
