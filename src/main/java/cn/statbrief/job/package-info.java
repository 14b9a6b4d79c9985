/**
 * The Spring Batch job: its configuration, the thin step roles, and run control (run
 * lock, recovery, graceful stop).
 */
package cn.statbrief.job;
