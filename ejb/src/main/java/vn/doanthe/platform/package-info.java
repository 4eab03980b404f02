/**
 * What every feature stands on: the single mutation path ({@code mutation}), the schema migration
 * and start-up tasks ({@code boundary}), and small helpers for Vietnamese text, CSV and paging
 * ({@code control}).
 */
package vn.doanthe.platform;
