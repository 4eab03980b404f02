package vn.doanthe.member.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of POST /persons and PUT /persons/{id}. A class with public fields, not a record: Payara's
 * OpenAPI generator fails on constraint annotations on constructor parameters (payara/Payara#7649).
 */
public class PersonRequest {

    @NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.size}")
    public String fullName;

    @NotBlank(message = "{validation.required}")
    public String gender;

    @NotBlank(message = "{validation.required}")
    public String birthDate;

    public String nationalId;

    public String phone;

    public String ethnicityCode;

    public String religionCode;

    public String education;

    public String occupation;

    @NotBlank(message = "{validation.required}")
    public String hamletCode;

    public String address;
}
