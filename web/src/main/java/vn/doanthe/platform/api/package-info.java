/**
 * What every resource of the API shares: the application path, request parsing that names the
 * offending field, and problem responses (RFC 9457, application/problem+json) for every error.
 */
package vn.doanthe.platform.api;
