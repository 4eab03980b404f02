/**
 * The territory register (đơn vị hành chính): provinces, districts (until 30 June 2025), communes
 * and the hamlets users add under them, each with its validity period, former names and the merges
 * that ended it, so that any past date can still be answered.
 */
package vn.doanthe.territory;
