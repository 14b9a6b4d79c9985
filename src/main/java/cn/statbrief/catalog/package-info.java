/** Zones and indicators as configuration: the catalogs a city edits, never code. */
package cn.statbrief.catalog;
