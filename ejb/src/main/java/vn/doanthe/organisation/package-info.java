/**
 * The organisation register (đoàn thể): the catalogue of mass organisations, their unit types by
 * level, and each organisation's own tree of units (committee, chapter, branch, cell) laid over
 * the territory.
 */
package vn.doanthe.organisation;
