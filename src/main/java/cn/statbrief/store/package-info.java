/**
 * Stores accepted values with their source cells in the database (HSQLDB by default),
 * replaced per file.
 */
package cn.statbrief.store;
