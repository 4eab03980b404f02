package vn.doanthe.cadre.boundary;

import vn.doanthe.cadre.entity.PoliticalTheory;
import vn.doanthe.cadre.entity.ProfessionalLevel;

/**
 * A cadre's file as the user filled it in; {@code version} is the one they read (null: not read),
 * so that of two people editing the same file at once the second is told rather than overwriting.
 */
public record ProfileChange(ProfessionalLevel professionalLevel, String professionalField,
                            PoliticalTheory politicalTheory, Boolean successor, String successorNote,
                            Integer version) {
}
