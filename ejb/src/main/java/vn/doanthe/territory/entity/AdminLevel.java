package vn.doanthe.territory.entity;

/** The tiers of Vietnam's territory; DISTRICT exists only in data valid before 1 July 2025. */
public enum AdminLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE,
    HAMLET
}
