/**
 * Users (tài khoản), their roles and scope, password hashing and who the caller of a command is.
 * The web module's identity store and authentication mechanism sit on {@code boundary.Users}.
 */
package vn.doanthe.security;
