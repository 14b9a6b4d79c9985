/**
 * The application: its main class, which checks the command line before anything starts,
 * and its exit codes.
 */
package cn.statbrief;
