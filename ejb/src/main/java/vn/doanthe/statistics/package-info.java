/**
 * Statistics (thống kê): member counts of a territorial unit on a day set against the eligible
 * population (đối tượng kết nạp) that staff enter per unit, year and organisation, giving the
 * membership ratios the article asks for.
 */
package vn.doanthe.statistics;
