/**
 * Helpers for the spreadsheets we write (validation report, rankings, templates): shared
 * POI styling.
 */
package cn.statbrief.office;
