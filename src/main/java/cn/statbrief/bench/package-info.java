/**
 * The shipped benchmarks (benchmark-read, benchmark-render): timed in the product,
 * against a baseline in the same run.
 */
package cn.statbrief.bench;
