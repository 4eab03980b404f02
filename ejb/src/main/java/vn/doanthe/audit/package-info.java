/**
 * The audit trail (nhật ký thay đổi): who changed what, when, field by field, written in the same
 * transaction as the change by the mutation path.
 */
package vn.doanthe.audit;
