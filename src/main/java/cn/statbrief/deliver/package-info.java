/**
 * Writes documents into the output folders, atomically, so no half-written file is ever
 * left there.
 */
package cn.statbrief.deliver;
