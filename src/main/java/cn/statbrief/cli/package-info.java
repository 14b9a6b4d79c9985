/**
 * The commands of the command line: one small class each, picked from the table in
 * CommandSpec; checked strictly.
 */
package cn.statbrief.cli;
