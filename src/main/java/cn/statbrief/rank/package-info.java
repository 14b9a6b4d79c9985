/**
 * Aggregation and analysis: ranks city-wide and by group, ties, shares, growth, change of
 * rank.
 */
package cn.statbrief.rank;
