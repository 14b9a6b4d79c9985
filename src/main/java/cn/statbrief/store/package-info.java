/**
 * All SQL: the tables of values, raw cells, findings, the audit trail, issues, deliveries
 * and schedules, one class per table group.
 */
package cn.statbrief.store;
