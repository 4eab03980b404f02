/**
 * The demo province: so that a first look at an empty installation is not an empty screen, the
 * real communes of Vĩnh Long (the article's own territory, merged with Bến Tre and Trà Vinh on
 * 1 July 2025) get generated hamlets and the branches of every organisation.
 */
package vn.doanthe.demo;
