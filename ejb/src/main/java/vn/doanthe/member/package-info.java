/**
 * The member registry (quản lý đoàn viên, hội viên): persons, their memberships of several
 * organisations, and the dated history of each membership from which counts "as of" any day
 * come out as they were.
 */
package vn.doanthe.member;
