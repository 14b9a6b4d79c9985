/**
 * The Spring Batch wiring and the command line: thin glue that hands work to the stages.
 */
package cn.statbrief.job;
