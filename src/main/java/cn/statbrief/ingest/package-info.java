/** Reads spreadsheets into typed rows that keep their source file, sheet and cell. */
package cn.statbrief.ingest;
