/**
 * The one path every change of domain data takes. A boundary method marked {@link
 * vn.doanthe.platform.mutation.Mutation} runs inside a {@link vn.doanthe.platform.mutation.MutationContext}
 * that knows the caller; the JPA listener on every {@link vn.doanthe.platform.mutation.AuditedEntity}
 * refuses a change made outside one and records each change made inside, field by field, for the
 * audit trail. So a screen or endpoint cannot change data without the caller's role being checked
 * and the change being recorded in the same transaction.
 */
package vn.doanthe.platform.mutation;
